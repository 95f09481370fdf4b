import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type ApiError } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n, type Translate } from '../../i18n';
import { Chart, type ChartBar } from './Chart';
import { downloadCsv } from './csv';
import { FilterBar } from './FilterBar';
import { filterQuery, periodLabel, useFilters, type Filters } from './filters';
import { canDrillDown } from './sections';

export type Kpi = components['schemas']['Noegletal.NoegletalView'];

export function useKpis(filters: Filters) {
  return useQuery<components['schemas']['Noegletal.NoegletalOverviewView'], ApiError>({
    queryKey: ['kpis', filters.period, filters.scope, filters.audience],
    queryFn: () => unwrap(api.GET('/api/kpis', { params: { query: { period: filters.period, scope: filters.scope, audience: filters.audience } } })),
  });
}

export function formatNumber(value: number | null | undefined, language: string): string {
  if (value == null) return '–';
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

export function kpiTitle(kpi: Kpi, language: string) {
  return language === 'da' ? kpi.titleDa : kpi.titleEn;
}

function withUnit(value: number | null | undefined, kpi: Kpi, t: Translate, language: string) {
  if (value == null) return '–';
  const unit = (kpi.unit === 'Antal' ? '' : t(`overblik.unit.${kpi.unit}`));
  return unit === '%' ? `${formatNumber(value, language)} %` : unit ? `${formatNumber(value, language)} ${unit}` : formatNumber(value, language);
}

/** The bars of a KPI's chart: a share against its target and the national figure; otherwise its parts. */
function barsOf(kpi: Kpi, t: Translate): ChartBar[] {
  if (kpi.unit === 'Andel') {
    const bars: ChartBar[] = [{ label: t('overblik.value'), value: kpi.value ?? null }];
    if (kpi.target != null) bars.push({ label: t('overblik.target'), value: kpi.target });
    if (kpi.national) bars.push({ label: t('overblik.national'), value: kpi.national.value });
    return bars;
  }
  if (kpi.breakdown.length > 0) return kpi.breakdown.slice(0, 12).map((b) => ({ label: b.label, value: b.value ?? null }));
  return [{ label: t('overblik.value'), value: kpi.value ?? null }];
}

function KpiCard({ kpi, filters }: { kpi: Kpi; filters: Filters }) {
  const { t, language } = useI18n();
  const { state } = useAuth();
  const roles = state.status === 'signedIn' ? state.user.roles : [];
  const title = kpiTitle(kpi, language);
  const bars = barsOf(kpi, t);
  const description = t('overblik.chartDescription', {
    title,
    parts: bars.map((b) => `${b.label} ${b.value == null ? '–' : formatNumber(b.value, language)} ${t(`overblik.unitWord.${kpi.unit}`)}`).join(', '),
  });
  const headingId = `kpi-${kpi.id}`;
  // A figure with nothing to measure gets no empty chart; its card says so and keeps its definition.
  const measured = kpi.unit === 'Andel' ? kpi.value != null : kpi.value != null || kpi.breakdown.length > 0;
  const drill = (part: 'taeller' | 'naevner') => `/overblik/noegletal/${kpi.id}/sager?${filterQuery(filters)}&part=${part}`;
  return (
    <article className="kpi" aria-labelledby={headingId}>
      <h3 id={headingId} className="kpi__title">
        {title}
      </h3>
      <p className="kpi__value">
        {kpi.value == null ? <span className="kpi__none">{t('overblik.noValue')}</span> : withUnit(kpi.value, kpi, t, language)}
        {kpi.denominator != null && kpi.denominator > 0 && kpi.unit === 'Andel' && (
          <span className="kpi__ratio">{t('overblik.numeratorDenominator', { numerator: kpi.numerator, denominator: kpi.denominator })}</span>
        )}
      </p>
      <dl className="kpi__refs">
        <div>
          <dt>{t('overblik.target')}</dt>
          <dd>{kpi.target == null ? t('overblik.noTarget') : withUnit(kpi.target, kpi, t, language)}</dd>
        </div>
        {kpi.national && (
          <div>
            <dt>{t('overblik.national')}</dt>
            <dd title={kpi.national.source}>{withUnit(kpi.national.value, kpi, t, language)}</dd>
          </div>
        )}
        {kpi.meetsTarget != null && (
          <div className={kpi.meetsTarget ? 'kpi__status kpi__status--ok' : 'kpi__status kpi__status--bad'}>
            <dt className="visually-hidden">{t('overblik.target')}</dt>
            <dd>
              <span aria-hidden="true">{kpi.meetsTarget ? '✓ ' : '✗ '}</span>
              {kpi.meetsTarget ? t('overblik.meetsTarget') : t('overblik.missesTarget')}
            </dd>
          </div>
        )}
      </dl>
      {measured && <Chart bars={bars} description={description} unit={(kpi.unit === 'Antal' ? '' : t(`overblik.unit.${kpi.unit}`))} max={kpi.unit === 'Andel' ? 100 : undefined}
        markAt={kpi.unit === 'Andel' ? null : kpi.target} markLabel={t('overblik.target')} />}
      {measured && (
      <details className="kpi__details">
        <summary>{t('overblik.showTable')}</summary>
        <table className="overblik-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overblik.part')}</th>
              <th scope="col">{t('overblik.col.value')}</th>
              {kpi.breakdown.length > 0 && <th scope="col">{t('overblik.count')}</th>}
            </tr>
          </thead>
          <tbody>
            {(kpi.breakdown.length > 0 ? kpi.breakdown.map((b) => ({ label: b.label, value: b.value, count: b.count as number | null })) : bars.map((b) => ({ label: b.label, value: b.value, count: null }))).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{formatNumber(row.value, language)}</td>
                {kpi.breakdown.length > 0 && <td>{row.count}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      )}
      <details className="kpi__details">
        <summary>{t('overblik.definition')}</summary>
        <p>{language === 'da' ? kpi.definitionDa : kpi.definitionEn}</p>
        {kpi.national && <p className="kpi__source">{t('overblik.national')}: {kpi.national.source}</p>}
      </details>
      {canDrillDown(roles) && (kpi.numerator > 0 || (kpi.denominator ?? 0) > 0) && (
        <p className="kpi__links">
          {kpi.numerator > 0 && <Link to={drill('taeller')}>{t('overblik.casesNumerator', { count: kpi.numerator })}</Link>}
          {kpi.denominator != null && kpi.denominator > 0 && kpi.unit === 'Andel' && <Link to={drill('naevner')}>{t('overblik.casesDenominator', { count: kpi.denominator })}</Link>}
        </p>
      )}
    </article>
  );
}

/** The audience's key figures: cards with chart, target, national figure and definition first, then one table of them all. */
export function NoegletalPage() {
  const { t, language } = useI18n();
  usePageTitle(t('overblik.section.noegletal'));
  const [filters] = useFilters();
  const kpis = useKpis(filters);

  const exportCsv = () => {
    if (!kpis.data) return;
    downloadCsv(`noegletal-${filters.period}-${filters.scope}-${filters.audience}.csv`, [
      [t('overblik.period'), filters.period],
      [t('overblik.scope'), t(`overblik.scope.${filters.scope}`)],
      [t('overblik.audience'), t(`overblik.audience.${filters.audience}`)],
      [],
      [t('overblik.col.kpi'), t('overblik.col.value'), t('overblik.col.numerator'), t('overblik.col.denominator'), t('overblik.target'), t('overblik.national')],
      ...kpis.data.items.map((k) => [kpiTitle(k, language), k.value ?? null, k.numerator, k.denominator ?? null, k.target ?? null, k.national?.value ?? null]),
    ]);
  };

  return (
    <section className="overblik" aria-labelledby="overblik-heading">
      <h2 id="overblik-heading" className="overblik__heading">
        {t('overblik.section.noegletal')}
      </h2>
      <p className="workspace__lead">{t('overblik.kpisLead')}</p>
      <FilterBar />
      {kpis.isPending && <Loading />}
      {kpis.error && <ProblemAlert error={kpis.error} />}
      {kpis.data && kpis.data.items.length === 0 && <p className="notice">{t('overblik.none')}</p>}
      {kpis.data && kpis.data.items.length > 0 && (
        <>
          <p className="overblik__meta">
            {periodLabel(filters.period, t, language)} · {t(`overblik.scope.${filters.scope}`)} ·{' '}
            {t('overblik.computedAt', { time: new Date(kpis.data.computedAt).toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { timeZone: 'Europe/Copenhagen' }) })}
          </p>
          <div className="kpi-grid">
            {kpis.data.items.map((k) => (
              <KpiCard key={k.id} kpi={k} filters={filters} />
            ))}
          </div>
          <h3 className="overblik__subheading">{t('overblik.allTable')}</h3>
          <button type="button" className="button" onClick={exportCsv}>
            {t('overblik.exportCsv')}
          </button>
          <table className="overblik-table overblik-table--all">
            <thead>
              <tr>
                <th scope="col">{t('overblik.col.kpi')}</th>
                <th scope="col">{t('overblik.col.value')}</th>
                <th scope="col">{t('overblik.col.numerator')}</th>
                <th scope="col">{t('overblik.col.denominator')}</th>
                <th scope="col">{t('overblik.target')}</th>
                <th scope="col">{t('overblik.national')}</th>
              </tr>
            </thead>
            <tbody>
              {kpis.data.items.map((k) => (
                <tr key={k.id}>
                  <th scope="row">{kpiTitle(k, language)}</th>
                  <td>{withUnit(k.value, k, t, language)}</td>
                  <td>{k.numerator}</td>
                  <td>{k.denominator ?? '–'}</td>
                  <td>{k.target == null ? '–' : withUnit(k.target, k, t, language)}</td>
                  <td>{k.national ? withUnit(k.national.value, k, t, language) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
