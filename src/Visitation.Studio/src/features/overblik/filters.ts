import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import type { Translate } from '../../i18n';
import { defaultAudience, scopesFor, type Audience, type Scope } from './sections';

export interface Filters {
  period: string;
  scope: Scope;
  audience: Audience;
}

const audiences: Audience[] = ['raadgiver', 'leder', 'ledelse', 'udvalg'];

/** The filters live in the URL (`?period=2026&scope=kommune&audience=leder`), so a link shows the same figures. */
export function useFilters(): [Filters, (next: Partial<Filters>) => void, Scope[]] {
  const { state } = useAuth();
  const roles = state.status === 'signedIn' ? state.user.roles : [];
  const [search, setSearch] = useSearchParams();
  const scopes = scopesFor(roles);
  const scope = (scopes as string[]).includes(search.get('scope') ?? '') ? (search.get('scope') as Scope) : (scopes[0] ?? 'egen');
  const audience = (audiences as string[]).includes(search.get('audience') ?? '') ? (search.get('audience') as Audience) : defaultAudience(roles);
  const period = search.get('period') || String(new Date().getFullYear());
  const set = (next: Partial<Filters>) => {
    const merged = { period, scope, audience, ...next };
    setSearch({ period: merged.period, scope: merged.scope, audience: merged.audience }, { replace: true });
  };
  return [{ period, scope, audience }, set, scopes];
}

export function filterQuery(filters: Filters): string {
  return new URLSearchParams({ period: filters.period, scope: filters.scope, audience: filters.audience }).toString();
}

/** Years, quarters and months a leader typically asks for, newest first, with the chosen one kept even if older. */
export function periodOptions(current: string, t: Translate, language: string): { value: string; label: string }[] {
  const now = new Date();
  const year = now.getFullYear();
  const options: { value: string; label: string }[] = [];
  for (const y of [year, year - 1, year - 2]) options.push({ value: String(y), label: t('overblik.year', { year: y }) });
  for (const y of [year, year - 1])
    for (let q = 4; q >= 1; q--) if (y < year || (q - 1) * 3 <= now.getMonth()) options.push({ value: `${y}-Q${q}`, label: t('overblik.quarter', { quarter: q, year: y }) });
  const monthName = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { month: 'long', year: 'numeric' });
  for (let i = 0; i < 12; i++) {
    const d = new Date(year, now.getMonth() - i, 1);
    options.push({ value: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`, label: monthName.format(d) });
  }
  if (!options.some((o) => o.value === current)) options.unshift({ value: current, label: current });
  return options;
}

export function periodLabel(period: string, t: Translate, language: string): string {
  return periodOptions(period, t, language).find((o) => o.value === period)?.label ?? period;
}
