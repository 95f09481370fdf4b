/**
 * The workspaces of the Studio, in the order the navigation shows them. A workspace with `roles` is shown
 * only to users holding one of them.
 */
export const workspaces = [
  { id: 'designer', path: '/designer' },
  { id: 'sager', path: '/sager' },
  { id: 'moeder', path: '/moeder' },
  { id: 'overblik', path: '/overblik' },
  {
    id: 'administration',
    path: '/administration',
    roles: ['Administrator', 'Procesdesigner', 'Leder', 'InstallationAdministrator'],
  },
] as const;

/** Whether a user with these roles sees the workspace in the navigation. */
export function showsWorkspace(workspace: (typeof workspaces)[number], userRoles: readonly string[]): boolean {
  return !('roles' in workspace) || workspace.roles.some((role) => userRoles.includes(role));
}

export type WorkspaceId = (typeof workspaces)[number]['id'];
