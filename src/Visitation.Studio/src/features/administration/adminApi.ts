import { api, unwrap } from '../../api/client';
import type { DraftEvaluation, MeasureRequest, PlanDocument } from './kompetenceplan/planModel';
import type { components } from '../../api/schema';

export type LevelKind = components['schemas']['Organisation.LevelKind'];
export type ForumFields = components['schemas']['Fora.ForaEndpoints.ForumRequest'];

/** Query keys of the administration's resources; a mutation invalidates the key of what it changed. */
export const adminKeys = {
  plans: ['competence-plans'] as const,
  plan: (version: number) => ['competence-plans', version] as const,
  draftEvaluation: (body: unknown) => ['competence-plans', 'draft', body] as const,
  levels: ['organisation', 'levels'] as const,
  colleagues: ['organisation', 'colleagues'] as const,
  kommuner: ['kommuner'] as const,
  forums: ['forums'] as const,
  teams: ['organisation', 'teams'] as const,
  deadLetters: ['outbound-messages', 'dead-letters'] as const,
  users: ['users'] as const,
  userOrganisation: ['organisation', 'users'] as const,
  userHistory: (id: string) => ['users', id, 'history'] as const,
  offers: ['offers'] as const,
  providers: ['providers'] as const,
  deadlineRules: ['deadline-rules'] as const,
  flowSettings: ['case-flow', 'settings'] as const,
  publishedFlows: ['workflow-definitions'] as const,
  examples: ['competence-plans', 'examples'] as const,
  cadences: ['follow-up-cadences'] as const,
};

export type UserView = components['schemas']['Users.UserView'];
export type UserOrganisation = components['schemas']['Organisation.UserOrganisationView'];
export type UserOrganisationBody = components['schemas']['Organisation.OrganisationEndpoints.UserOrganisationRequest'];
export type OfferView = components['schemas']['Tilbud.OfferView'];
export type OfferBody = components['schemas']['Tilbud.TilbudEndpoints.OfferRequest'];
export type ImportPreview = components['schemas']['Tilbud.PreviewOfferImport.Preview'];
export type FristRuleView = components['schemas']['Frister.FristRuleView'];

const csv = (text: string) => ({ body: text as never, bodySerializer: (b: unknown) => b as string, headers: { 'Content-Type': 'text/csv' } });

export interface ExampleCaseBody {
  measure: MeasureRequest;
  submitter: string | null;
}

export const adminApi = {
  plans: () => unwrap(api.GET('/api/competence-plans')),
  plan: (version: number) => unwrap(api.GET('/api/competence-plans/{version}', { params: { path: { version } } })),
  savePlan: (plan: PlanDocument) => unwrap(api.PUT('/api/competence-plans', { body: plan })),
  evaluateDraft: (plan: PlanDocument, cases: ExampleCaseBody[], date?: string | null) =>
    unwrap(api.POST('/api/competence-plans/draft/evaluate', { body: { plan, cases, date: date || null } })) as Promise<DraftEvaluation>,
  replayDraft: (plan: PlanDocument) => unwrap(api.POST('/api/competence-plans/draft/replay', { body: { plan } })),
  levels: () => unwrap(api.GET('/api/organisation/levels')),
  colleagues: () => unwrap(api.GET('/api/organisation/colleagues')),
  createLevel: (body: { id: string; name: string; kind: LevelKind }) => unwrap(api.POST('/api/organisation/levels', { body })),
  updateLevel: (id: string, body: { name: string; kind: LevelKind }) =>
    unwrap(api.PUT('/api/organisation/levels/{id}', { params: { path: { id } }, body })),
  teams: () => unwrap(api.GET('/api/organisation/teams')),
  forums: () => unwrap(api.GET('/api/forums')),
  deadLetters: () => unwrap(api.GET('/api/outbound-messages/dead-letters')),
  retryDeadLetter: (id: string) => unwrap(api.POST('/api/outbound-messages/{id}/retry', { params: { path: { id } } })),
  createForum: (body: ForumFields) => unwrap(api.POST('/api/forums', { body })),
  updateForum: (id: string, body: ForumFields) => unwrap(api.PUT('/api/forums/{id}', { params: { path: { id } }, body })),
  createTeam: (body: { id: string; name: string }) => unwrap(api.POST('/api/organisation/teams', { body })),
  kommuner: () => unwrap(api.GET('/api/kommuner')),
  examples: () => unwrap(api.GET('/api/competence-plans/examples')),
  saveExample: (body: { name: string; measure: MeasureRequest; submitter: string | null }) =>
    unwrap(api.POST('/api/competence-plans/examples', { body })),
  removeExample: (id: string) => unwrap(api.DELETE('/api/competence-plans/examples/{id}', { params: { path: { id } } })),
  users: () => unwrap(api.GET('/api/users')),
  userOrganisation: () => unwrap(api.GET('/api/organisation/users')),
  createUser: (body: { username: string; displayName: string; password: string; roles: string[] }) => unwrap(api.POST('/api/users', { body })),
  setUserOrganisation: (id: string, body: UserOrganisationBody) =>
    unwrap(api.PUT('/api/organisation/users/{id}', { params: { path: { id } }, body })),
  changeRoles: (id: string, roles: string[], reason: string) => unwrap(api.PUT('/api/users/{id}/roles', { params: { path: { id } }, body: { roles, reason } })),
  deactivateUser: (id: string, reason: string) => unwrap(api.POST('/api/users/{id}/deactivate', { params: { path: { id } }, body: { reason } })),
  reactivateUser: (id: string, reason: string) => unwrap(api.POST('/api/users/{id}/reactivate', { params: { path: { id } }, body: { reason } })),
  unlockUser: (id: string, reason: string) => unwrap(api.POST('/api/users/{id}/unlock', { params: { path: { id } }, body: { reason } })),
  resetPassword: (id: string, password: string, reason: string) =>
    unwrap(api.POST('/api/users/{id}/password', { params: { path: { id } }, body: { password, reason } })),
  userHistory: (id: string) => unwrap(api.GET('/api/users/{id}/history', { params: { path: { id } } })),
  offers: () => unwrap(api.GET('/api/offers')),
  providers: () => unwrap(api.GET('/api/providers')),
  updateOffer: (id: string, body: OfferBody) => unwrap(api.PUT('/api/offers/{id}', { params: { path: { id } }, body })),
  previewImport: (text: string) => unwrap(api.POST('/api/offers/import/preview', csv(text))) as Promise<ImportPreview>,
  importOffers: (text: string) => unwrap(api.POST('/api/offers/import', csv(text))),
  deadlineRules: () => unwrap(api.GET('/api/deadline-rules')),
  setDeadlineOverride: (ruleId: string, body: { duration: string | null; workingDays: number | null; effectiveFrom: string | null; reason: string | null }) =>
    unwrap(api.PUT('/api/deadline-rules/{ruleId}/override', { params: { path: { ruleId } }, body })),
  cadences: () => unwrap(api.GET('/api/follow-up-cadences')),
  setCadence: (omfang: string, noegle: string, body: { trin: { interval: string; antal: number | null }[]; begrundelse: string | null }) =>
    unwrap(api.PUT('/api/follow-up-cadences/{omfang}/{noegle}', { params: { path: { omfang, noegle } }, body })),
  removeCadence: (omfang: string, noegle: string) =>
    unwrap(api.DELETE('/api/follow-up-cadences/{omfang}/{noegle}', { params: { path: { omfang, noegle } } })),
  flowSettings: () => unwrap(api.GET('/api/case-flow/settings')),
  publishedFlows: () => unwrap(api.GET('/api/workflow-definitions')),
  saveFlowSettings: (definitionId: string) => unwrap(api.PUT('/api/case-flow/settings', { body: { definitionId } })),
  createKommune: (body: { code: string; name: string; timeZone: string | null }) => unwrap(api.POST('/api/kommuner', { body })),
  createKommuneAdministrator: (code: string, body: { username: string; displayName: string }) =>
    unwrap(api.POST('/api/kommuner/{code}/administrators', { params: { path: { code } }, body })),
};
