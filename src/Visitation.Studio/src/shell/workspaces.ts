/** The four workspaces of the Studio, in the order the navigation shows them. */
export const workspaces = [
  { id: 'designer', path: '/designer' },
  { id: 'sager', path: '/sager' },
  { id: 'moeder', path: '/moeder' },
  { id: 'overblik', path: '/overblik' },
] as const;

export type WorkspaceId = (typeof workspaces)[number]['id'];
