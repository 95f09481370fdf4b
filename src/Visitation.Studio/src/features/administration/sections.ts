import type { Role } from '../../auth/roles';

/** The administration's pages, in the order its navigation shows them, and who may open each. */
export const sections = [
  { id: 'kompetenceplan', roles: ['Administrator', 'Procesdesigner', 'Leder'] },
  { id: 'organisation', roles: ['Administrator'] },
  { id: 'brugere', roles: ['Administrator'] },
  { id: 'fora', roles: ['Administrator', 'Leder'] },
  { id: 'beskeder', roles: ['Administrator'] },
  { id: 'frister', roles: ['Administrator', 'Procesdesigner', 'Leder'] },
  { id: 'tilbud', roles: ['Administrator', 'Leder'] },
  { id: 'sagsflow', roles: ['Administrator', 'Procesdesigner'] },
  { id: 'kommuner', roles: ['InstallationAdministrator'] },
] as const satisfies readonly { id: string; roles: readonly Role[] }[];

export type SectionId = (typeof sections)[number]['id'];

export function sectionsFor(userRoles: readonly string[]) {
  return sections.filter((s) => s.roles.some((role) => userRoles.includes(role)));
}

/** Who may change the competence plan; others who can open it read it. */
export function canEditPlan(userRoles: readonly string[]): boolean {
  return userRoles.includes('Administrator') || userRoles.includes('Procesdesigner');
}
