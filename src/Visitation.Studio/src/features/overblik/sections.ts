import type { Role } from '../../auth/roles';

/**
 * Overblik's pages, in the order its navigation shows them, and who may open each. The economy screens join as one
 * more entry (`{ id: 'oekonomi', roles: [...] }`) with their page in `OverblikPage`'s `pages`.
 */
export const sections = [
  { id: 'noegletal', roles: ['Raadgiver', 'Leder', 'Oekonomi', 'Administrator'] },
  { id: 'datakvalitet', roles: ['Raadgiver', 'Leder'] },
  { id: 'oekonomi', roles: ['Oekonomi', 'Leder'] },
] as const satisfies readonly { id: string; roles: readonly Role[] }[];

export type SectionId = (typeof sections)[number]['id'];

export function sectionsFor(userRoles: readonly string[]) {
  return sections.filter((s) => (s.roles as readonly string[]).some((role) => userRoles.includes(role)));
}

export type Scope = 'egen' | 'team' | 'kommune';
export type Audience = 'raadgiver' | 'leder' | 'ledelse' | 'udvalg';

/** The scopes a person may choose, widest first: the API refuses the others. */
export function scopesFor(userRoles: readonly string[]): Scope[] {
  if (userRoles.includes('Leder')) return ['kommune', 'team', 'egen'];
  const scopes: Scope[] = [];
  if (userRoles.includes('Oekonomi') || userRoles.includes('Administrator')) scopes.push('kommune');
  if (userRoles.includes('Raadgiver')) scopes.push('egen');
  return scopes;
}

/** The audience a person's figures are put together for by default. */
export function defaultAudience(userRoles: readonly string[]): Audience {
  if (userRoles.includes('Leder')) return 'leder';
  if (userRoles.includes('Raadgiver')) return 'raadgiver';
  return 'ledelse';
}

/** Who may open the cases behind a figure (they are case data). */
export function canDrillDown(userRoles: readonly string[]): boolean {
  return userRoles.includes('Leder') || userRoles.includes('Raadgiver');
}
