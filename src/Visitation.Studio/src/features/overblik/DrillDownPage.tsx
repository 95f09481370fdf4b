import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type ApiError } from '../../api/client';
import type { components } from '../../api/schema';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { downloadCsv } from './csv';
import { filterQuery, periodLabel, useFilters } from './filters';
import { kpiTitle, useKpis } from './NoegletalPage';

/** The cases behind a key figure's numerator or denominator, each opening in Sager. The server audits the listing. */
export function DrillDownPage() {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const part = search.get('part') === 'naevner' ? 'naevner' : 'taeller';
  const [filters] = useFilters();
  const kpis = useKpis(filters);
  const kpi = kpis.data?.items.find((k) => k.id === id);
  const title = kpi ? kpiTitle(kpi, language) : id;
  usePageTitle(t('overblik.drillTitle', { title }));
  const cases = useQuery<components['schemas']['Noegletal.NoegletalSagerView'], ApiError>({
    queryKey: ['kpi-cases', id, part, filters.period, filters.scope],
    queryFn: () => unwrap(api.GET('/api/kpis/{id}/cases', { params: { path: { id }, query: { period: filters.period, scope: filters.scope, part } } })),
  });

  const exportCsv = () => {
    if (!cases.data) return;
    downloadCsv(`noegletal-${id}-${part}-${filters.period}-${filters.scope}.csv`, [
      [t('overblik.col.kpi'), title],
      [t('overblik.period'), filters.period],
      [t('overblik.scope'), t(`overblik.scope.${filters.scope}`)],
      [],
      [t('overblik.col.sagsnummer'), t('overblik.col.barn'), t('overblik.col.tovholder'), t('overblik.col.status')],
      ...cases.data.cases.map((c) => [c.sagsnummer, c.barnNavn, c.tovholder ?? '', t(c.status === 'Lukket' ? 'overblik.status.Lukket' : 'overblik.status.Aaben')]),
    ]);
  };

  return (
    <section className="overblik" aria-labelledby="drill-heading">
      <p>
        <Link to={`/overblik?${filterQuery(filters)}`}>← {t('overblik.back')}</Link>
      </p>
      <h2 id="drill-heading" className="overblik__heading">
        {t('overblik.drillTitle', { title })}
      </h2>
      <p className="workspace__lead">
        {t(part === 'naevner' ? 'overblik.drillLead.naevner' : 'overblik.drillLead.taeller', {
          period: periodLabel(filters.period, t, language),
          scope: t(`overblik.scope.${filters.scope}`).toLowerCase(),
        })}
      </p>
      {cases.isPending && <Loading />}
      {cases.error && <ProblemAlert error={cases.error} />}
      {cases.data && cases.data.cases.length === 0 && <p className="notice">{t('overblik.drillNone')}</p>}
      {cases.data && cases.data.cases.length > 0 && (
        <>
          <button type="button" className="button" onClick={exportCsv}>
            {t('overblik.exportCsv')}
          </button>
          <table className="overblik-table overblik-table--all">
            <thead>
              <tr>
                <th scope="col">{t('overblik.col.sagsnummer')}</th>
                <th scope="col">{t('overblik.col.barn')}</th>
                <th scope="col">{t('overblik.col.tovholder')}</th>
                <th scope="col">{t('overblik.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.cases.map((c) => (
                <tr key={c.sagId}>
                  <th scope="row">
                    <Link to={`/sager/${c.sagId}`}>{c.sagsnummer}</Link>
                  </th>
                  <td>{c.barnNavn}</td>
                  <td>{c.tovholder ?? '–'}</td>
                  <td>{t(c.status === 'Lukket' ? 'overblik.status.Lukket' : 'overblik.status.Aaben')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
