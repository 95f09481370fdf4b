import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type ApiError } from '../../api/client';
import type { components } from '../../api/schema';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n, type MessageKey } from '../../i18n';
import { Chart } from './Chart';
import { downloadCsv } from './csv';
import { FilterBar } from './FilterBar';
import { useFilters } from './filters';

/** Open cases with missing, filler or inconsistent data, counted per kind (chart and table) and listed with a link to fix each. */
export function DatakvalitetPage() {
  const { t } = useI18n();
  usePageTitle(t('overblik.quality.title'));
  const [filters] = useFilters();
  const report = useQuery<components['schemas']['Noegletal.DatakvalitetView'], ApiError>({
    queryKey: ['data-quality', filters.scope],
    queryFn: () => unwrap(api.GET('/api/data-quality', { params: { query: { scope: filters.scope } } })),
  });
  const kindName = (kind: string) => t(`overblik.quality.kind.${kind}` as MessageKey);
  const counts = Object.entries(report.data?.counts ?? {});

  const exportCsv = () => {
    if (!report.data) return;
    downloadCsv(`datakvalitet-${filters.scope}.csv`, [
      [t('overblik.scope'), t(`overblik.scope.${filters.scope}`)],
      [],
      [t('overblik.quality.kind'), t('overblik.col.sagsnummer'), t('overblik.quality.field')],
      ...report.data.findings.map((f) => [kindName(f.kind), f.sagsnummer, f.field]),
    ]);
  };

  return (
    <section className="overblik" aria-labelledby="quality-heading">
      <h2 id="quality-heading" className="overblik__heading">
        {t('overblik.quality.title')}
      </h2>
      <p className="workspace__lead">{t('overblik.quality.lead')}</p>
      <FilterBar showAudience={false} showPeriod={false} />
      {report.isPending && <Loading />}
      {report.error && <ProblemAlert error={report.error} />}
      {report.data && (
        <>
          <h3 className="overblik__subheading">{t('overblik.quality.summary')}</h3>
          {report.data.findings.length > 0 && (
          <Chart
            bars={counts.map(([kind, n]) => ({ label: kindName(kind), value: n }))}
            unit=""
            description={`${t('overblik.quality.summary')}: ${counts.map(([kind, n]) => `${kindName(kind)} ${n}`).join(', ')}.`}
          />
          )}
          <table className="overblik-table">
            <caption className="visually-hidden">{t('overblik.quality.summary')}</caption>
            <tbody>
              {counts.map(([kind, n]) => (
                <tr key={kind}>
                  <th scope="row">{kindName(kind)}</th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.data.findings.length === 0 ? (
            <p className="notice">{t('overblik.quality.none')}</p>
          ) : (
            <>
              <button type="button" className="button" onClick={exportCsv}>
                {t('overblik.exportCsv')}
              </button>
              <table className="overblik-table overblik-table--all">
                <thead>
                  <tr>
                    <th scope="col">{t('overblik.quality.kind')}</th>
                    <th scope="col">{t('overblik.col.sagsnummer')}</th>
                    <th scope="col">{t('overblik.quality.field')}</th>
                    <th scope="col">{t('overblik.quality.fix')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.findings.map((f) => (
                    <tr key={`${f.kind}-${f.sagId}-${f.field}`}>
                      <td>{kindName(f.kind)}</td>
                      <th scope="row">{f.sagsnummer}</th>
                      <td>
                        <code>{f.field}</code>
                      </td>
                      <td>
                        <Link to={f.link}>{t('overblik.quality.fixIn', { sagsnummer: f.sagsnummer })}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
