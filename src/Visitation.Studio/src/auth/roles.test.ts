import { describe, expect, it } from 'vitest';
import { format } from '../i18n';
import { da } from '../i18n/da';
import { en } from '../i18n/en';
import { homePath, roleName } from './roles';

const t = (messages: Record<string, string>) => (key: string) => format(messages[key] ?? key);

describe('roleName', () => {
  it('shows Danish role names by default and English ones when chosen', () => {
    expect(roleName('Raadgiver', t(da))).toBe('Rådgiver');
    expect(roleName('Oekonomi', t(da))).toBe('Økonomi');
    expect(roleName('Raadgiver', t(en))).toBe('Caseworker');
  });

  it('shows an unknown role code as it is', () => {
    expect(roleName('Sekretaer', t(da))).toBe('Sekretaer');
  });
});

describe('homePath', () => {
  it.each([
    [['Raadgiver'], '/sager'],
    [['Leder'], '/moeder'],
    [['Procesdesigner'], '/designer'],
    [['Oekonomi'], '/overblik'],
    [['Oekonomi', 'Leder'], '/moeder'],
    [['Leverandoer'], '/leverandoer'],
    [['InstallationAdministrator'], '/administration/kommuner'],
    [[], '/sager'],
  ])('sends %j to %s', (roles, expected) => {
    expect(homePath(roles)).toBe(expected);
  });
});
