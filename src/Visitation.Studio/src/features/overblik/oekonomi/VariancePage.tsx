import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Loading } from '../../../components/Loading';
import { useI18n } from '../../../i18n';
import type { ApiError } from '../../../api/client';
import { formatKroner } from '../../moeder/money';
import { EChart } from './EChart';
import { download, toCsv } from './csv';
import { oekonomiApi, oekonomiKeys } from './oekonomiApi';
import { useYear } from './useYear';
import { YearPicker } from './YearPicker';

/** The variance so far per measure type, split into volume and price effect (docs/economy.md), as a chart and its table. */
export function VariancePage() {
  const { t } = useI18n();
  const [year] = useYear();
  const variance = useQuery({ queryKey: oekonomiKeys.variance(year), queryFn: () => oekonomiApi.variance(year) });
  const data = variance.data;
  const option = useMemo(() => {
    if (!data) return null;
    const names = data.measureTypes.map((m) => t(`oekonomi.measure.${m.measureType}` as never));
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 110, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${(v / 1000).toLocaleString('da-DK')} t.kr.` } },
      series: [
        { name: t('oekonomi.variance.volume'), type: 'bar', stack: 'effect', barMaxWidth: 90, data: data.measureTypes.map((m) => m.volumeEffect), itemStyle: { color: '#2f5d8a' } },
        { name: t('oekonomi.variance.price'), type: 'bar', stack: 'effect', barMaxWidth: 90, data: data.measureTypes.map((m) => m.priceEffect), itemStyle: { color: '#b5762a' } },
      ],
    };
  }, [data, t]);

  if (variance.isPending) return <Loading />;
  if (variance.isError) return <ProblemAlert error={variance.error as ApiError} />;
  if (!data || !option) return null;
  const header = [t('oekonomi.measureType'), t('oekonomi.variance.budgetCount'), t('oekonomi.variance.actualCount'), t('oekonomi.variance.budgetPrice'),
    t('oekonomi.variance.actualPrice'), t('oekonomi.variance.budgetToDate'), t('oekonomi.variance.actualsToDate'), t('oekonomi.variance.variance'),
    t('oekonomi.variance.volume'), t('oekonomi.variance.price')];
  return (
    <section aria-labelledby="oek-variance-title">
      <div className="oek-toolbar">
        <h2 id="oek-variance-title">{t('oekonomi.variance.title', { year })}</h2>
        <YearPicker />
      </div>
      <p className="oek-muted">{t('oekonomi.variance.lead', { months: data.months })}</p>
      {data.months === 0 ? (
        <p>{t('oekonomi.variance.noActuals')}</p>
      ) : (
        <EChart option={option} label={t('oekonomi.variance.chartLabel', { variance: formatKroner(data.variance), volume: formatKroner(data.volumeEffect), price: formatKroner(data.priceEffect) })} />
      )}
      <div className="oek-toolbar">
        <h3>{t('oekonomi.variance.table')}</h3>
        <button type="button" className="button button--secondary"
          onClick={() => download(`afvigelse-${year}.csv`, toCsv([header, ...data.measureTypes.map((m) => [t(`oekonomi.measure.${m.measureType}` as never), m.budgetCount, m.actualCount,
            m.budgetPrice, m.actualPrice ?? '', m.budgetToDate, m.actualsToDate, m.variance, m.volumeEffect, m.priceEffect])]))}>
          {t('oekonomi.exportCsv')}
        </button>
      </div>
      <div className="oek-scroll" role="region" aria-label={t('oekonomi.variance.table')} tabIndex={0}>
      <table className="oek-table" data-testid="variance-table">
        <thead>
          <tr>{header.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {data.measureTypes.map((m) => (
            <tr key={m.measureType}>
              <th scope="row">{t(`oekonomi.measure.${m.measureType}` as never)}</th>
              <td>{String(m.budgetCount).replace('.', ',')}</td>
              <td>{String(m.actualCount).replace('.', ',')}</td>
              <td className="oek-money">{formatKroner(m.budgetPrice)}</td>
              <td className="oek-money">{m.actualPrice == null ? '–' : formatKroner(m.actualPrice)}</td>
              <td className="oek-money">{formatKroner(m.budgetToDate)}</td>
              <td className="oek-money">{formatKroner(m.actualsToDate)}</td>
              <td className="oek-money">{formatKroner(m.variance)}</td>
              <td className="oek-money" data-testid={`volume-${m.measureType}`}>{formatKroner(m.volumeEffect)}</td>
              <td className="oek-money" data-testid={`price-${m.measureType}`}>{formatKroner(m.priceEffect)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>{t('oekonomi.total')}</th>
            <td className="oek-money">{formatKroner(data.budgetToDate)}</td>
            <td className="oek-money">{formatKroner(data.actualsToDate)}</td>
            <td className="oek-money">{formatKroner(data.variance)}</td>
            <td className="oek-money">{formatKroner(data.volumeEffect)}</td>
            <td className="oek-money">{formatKroner(data.priceEffect)}</td>
          </tr>
        </tfoot>
      </table>
      </div>
    </section>
  );
}
