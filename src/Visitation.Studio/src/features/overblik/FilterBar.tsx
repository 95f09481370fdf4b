import { useI18n } from '../../i18n';
import { periodOptions, useFilters } from './filters';
import type { Audience } from './sections';

/** Period, scope and audience; each change rewrites the URL, so the view can be bookmarked and shared. */
export function FilterBar({ showAudience = true, showPeriod = true }: { showAudience?: boolean; showPeriod?: boolean }) {
  const { t, language } = useI18n();
  const [filters, setFilters, scopes] = useFilters();
  return (
    <form className="overblik__filters" aria-label={t('overblik.filters')} onSubmit={(e) => e.preventDefault()}>
      {showPeriod && (
      <div className="field">
        <label htmlFor="overblik-period">{t('overblik.period')}</label>
        <select id="overblik-period" value={filters.period} onChange={(e) => setFilters({ period: e.target.value })}>
          {periodOptions(filters.period, t, language).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      )}
      <div className="field">
        <label htmlFor="overblik-scope">{t('overblik.scope')}</label>
        <select id="overblik-scope" value={filters.scope} onChange={(e) => setFilters({ scope: e.target.value as typeof filters.scope })}>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {t(`overblik.scope.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {showAudience && (
        <div className="field">
          <label htmlFor="overblik-audience">{t('overblik.audience')}</label>
          <select id="overblik-audience" value={filters.audience} onChange={(e) => setFilters({ audience: e.target.value as Audience })}>
            {(['raadgiver', 'leder', 'ledelse', 'udvalg'] as const).map((a) => (
              <option key={a} value={a}>
                {t(`overblik.audience.${a}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
