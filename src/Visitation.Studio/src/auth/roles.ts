import type { MessageKey, Translate } from '../i18n';
import { da } from '../i18n/da';

/** Role codes as the Host sends them. */
export const roles = [
  'Procesdesigner',
  'Raadgiver',
  'Leder',
  'Oekonomi',
  'Administrator',
  'InstallationAdministrator',
  'Leverandoer',
] as const;
export type Role = (typeof roles)[number];

function roleKey(role: string): MessageKey | null {
  const key = `role.${role}`;
  return key in da ? (key as MessageKey) : null;
}

/** A role's display name; an unknown code is shown as it is rather than hidden. */
export function roleName(role: string, t: Translate): string {
  const key = roleKey(role);
  return key ? t(key) : role;
}

const homeByRole: [Role, string][] = [
  ['Raadgiver', '/sager'],
  ['Leder', '/moeder'],
  ['Procesdesigner', '/designer'],
  ['Oekonomi', '/overblik'],
  ['Administrator', '/designer'],
  ['InstallationAdministrator', '/administration/kommuner'],
  ['Leverandoer', '/leverandoer'],
];

/** The workspace a user lands on at `/`: the one their main role works in. */
export function homePath(userRoles: readonly string[]): string {
  return homeByRole.find(([role]) => userRoles.includes(role))?.[1] ?? '/sager';
}
