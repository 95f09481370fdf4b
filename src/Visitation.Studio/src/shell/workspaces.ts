import type { Role } from '../auth/roles';

/**
 * The Studio's workspaces, in the order the navigation shows them, and the roles that can use each: a person sees
 * only the workspaces one of their roles can use (the API refuses the others anyway).
 */
export const workspaces = [
  { id: 'designer', path: '/designer', roles: ['Procesdesigner', 'Administrator'] },
  { id: 'sager', path: '/sager', roles: ['Raadgiver', 'Leder'] },
  { id: 'moeder', path: '/moeder', roles: ['Raadgiver', 'Leder', 'Oekonomi', 'Administrator', 'Procesdesigner'] },
  { id: 'overblik', path: '/overblik', roles: ['Raadgiver', 'Leder', 'Oekonomi', 'Administrator'] },
  { id: 'administration', path: '/administration', roles: ['Administrator', 'Procesdesigner', 'Leder', 'InstallationAdministrator'] },
  { id: 'leverandoer', path: '/leverandoer', roles: ['Leverandoer'] },
] as const satisfies readonly { id: string; path: string; roles: readonly Role[] }[];

export type WorkspaceId = (typeof workspaces)[number]['id'];

/** The workspaces a person with these roles can use, in navigation order. */
export function workspacesFor(userRoles: readonly string[]) {
  return workspaces.filter((w) => (w.roles as readonly string[]).some((role) => userRoles.includes(role)));
}
