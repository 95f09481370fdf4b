import { api, unwrap } from '../../api/client';
import { roles } from '../../auth/roles';
import type { ActivityDescriptor, DefinitionJson, FindingsReport, MigrationResult, VersionInfo } from './types';

/** A picker's choices: a value to store and a label to show. */
export interface Option {
  value: string;
  label: string;
}

/** The roles a municipality's users can hold; the installation's own administrators are no one's candidates. */
export const municipalityRoles: readonly string[] = roles.filter((r) => r !== 'InstallationAdministrator');

export const designerApi = {
  descriptors: () => unwrap(api.GET('/api/descriptors/activities')) as Promise<ActivityDescriptor[]>,
  list: () => unwrap(api.GET('/api/workflow-definitions')),
  get: async (definitionId: string, version?: number) => {
    const document = await unwrap(api.GET('/api/workflow-definitions/{definitionId}', { params: { path: { definitionId }, query: { version } } }));
    return { ...document, definition: document.definition as unknown as DefinitionJson };
  },
  versions: (definitionId: string) =>
    unwrap(api.GET('/api/workflow-definitions/{definitionId}/versions', { params: { path: { definitionId } } })) as Promise<VersionInfo[]>,
  save: (definition: DefinitionJson) => unwrap(api.POST('/api/workflow-definitions', { body: definition as never })),
  validate: (definition: DefinitionJson) =>
    unwrap(api.POST('/api/workflow-definitions/validate', { body: definition as never })) as Promise<FindingsReport>,
  import: (file: unknown) => unwrap(api.POST('/api/workflow-definitions/import', { body: file as never })),
  publish: (definitionId: string, note: string | null, effectiveFrom: string | null) =>
    unwrap(api.POST('/api/workflow-definitions/{definitionId}/publish', { params: { path: { definitionId } }, body: { note, effectiveFrom } })),
  exportUrl: (definitionId: string, version?: number) =>
    `/api/workflow-definitions/${encodeURIComponent(definitionId)}/export${version ? `?version=${version}` : ''}`,
  migrate: (body: { definitionId: string; fromVersion: number; toVersion: number; mapping: Record<string, string>; dryRun: boolean }) =>
    unwrap(api.POST('/api/workflow-instances/migrate', { body })) as Promise<MigrationResult>,
};

/** Choices for an input's `optionsSource`, from the municipality's own configuration; null when there is no source for it. */
export async function loadOptions(source: string): Promise<Option[] | null> {
  switch (source) {
    case 'roles':
      return municipalityRoles.map((r) => ({ value: r, label: r }));
    case 'competenceLevels': {
      const levels = await unwrap(api.GET('/api/organisation/levels'));
      return levels.map((l) => ({ value: l.id, label: l.name }));
    }
    case 'deadlineRules': {
      const rules = await unwrap(api.GET('/api/deadline-rules'));
      return rules.map((r) => ({ value: r.ruleId, label: r.name }));
    }
    case 'measureTypes': {
      const plans = await unwrap(api.GET('/api/competence-plans'));
      const types = new Set<string>();
      for (const rule of plans.current?.plan.rules ?? []) if (rule.measureType) types.add(rule.measureType);
      return [...types].sort().map((t) => ({ value: t, label: t }));
    }
    case 'forums': {
      const forums = await unwrap(api.GET('/api/forums'));
      return forums.map((f) => ({ value: f.id, label: f.name }));
    }
    case 'users': {
      const colleagues = await unwrap(api.GET('/api/organisation/colleagues'));
      return colleagues.map((u) => ({ value: u.username, label: u.displayName ? `${u.displayName} (${u.username})` : u.username }));
    }
    default:
      return null;
  }
}
