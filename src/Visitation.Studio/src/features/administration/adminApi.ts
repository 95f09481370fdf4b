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
};

export interface ExampleCaseBody {
  measure: MeasureRequest;
  submitter: string | null;
}

export const adminApi = {
  plans: () => unwrap(api.GET('/api/competence-plans')),
  plan: (version: number) => unwrap(api.GET('/api/competence-plans/{version}', { params: { path: { version } } })),
  savePlan: (plan: PlanDocument) => unwrap(api.PUT('/api/competence-plans', { body: plan })),
  evaluateDraft: (plan: PlanDocument, cases: ExampleCaseBody[]) =>
    unwrap(api.POST('/api/competence-plans/draft/evaluate', { body: { plan, cases } })) as Promise<DraftEvaluation>,
  replayDraft: (plan: PlanDocument) => unwrap(api.POST('/api/competence-plans/draft/replay', { body: { plan } })),
  levels: () => unwrap(api.GET('/api/organisation/levels')),
  colleagues: () => unwrap(api.GET('/api/organisation/colleagues')),
  createLevel: (body: { id: string; name: string; kind: LevelKind }) => unwrap(api.POST('/api/organisation/levels', { body })),
  updateLevel: (id: string, body: { name: string; kind: LevelKind }) =>
    unwrap(api.PUT('/api/organisation/levels/{id}', { params: { path: { id } }, body })),
  teams: () => unwrap(api.GET('/api/organisation/teams')),
  forums: () => unwrap(api.GET('/api/forums')),
  createForum: (body: ForumFields) => unwrap(api.POST('/api/forums', { body })),
  updateForum: (id: string, body: ForumFields) => unwrap(api.PUT('/api/forums/{id}', { params: { path: { id } }, body })),
  createTeam: (body: { id: string; name: string }) => unwrap(api.POST('/api/organisation/teams', { body })),
  kommuner: () => unwrap(api.GET('/api/kommuner')),
  createKommune: (body: { code: string; name: string; timeZone: string | null }) => unwrap(api.POST('/api/kommuner', { body })),
  createKommuneAdministrator: (code: string, body: { username: string; displayName: string }) =>
    unwrap(api.POST('/api/kommuner/{code}/administrators', { params: { path: { code } }, body })),
};
