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

/** The forecast as a waterfall from budget to forecast, its table, the parts per measure type and the forecast's own accuracy. */
export function ForecastPage() {
  const { t } = useI18n();
  const [year] = useYear();
  const forecast = useQuery({ queryKey: oekonomiKeys.forecast(year), queryFn: () => oekonomiApi.forecast(year) });
  const accuracy = useQuery({ queryKey: oekonomiKeys.accuracy(year), queryFn: () => oekonomiApi.accuracy(year) });
  const data = forecast.data;

  const option = useMemo(() => {
    if (!data) return null;
    const steps = data.waterfall;
    const base = steps.map((s) => Math.min(s.from, s.to));
    const size = steps.map((s) => Math.abs(s.to - s.from));
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatKroner(Number(v.toFixed(2))) },
      grid: { left: 110, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: steps.map((s) => t(`oekonomi.step.${s.key}` as never)), axisLabel: { interval: 0, width: 90, overflow: 'break', lineHeight: 14 } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${(v / 1000).toLocaleString('da-DK')} t.kr.` } },
      series: [
        { name: 'base', type: 'bar', stack: 'w', data: base, itemStyle: { color: 'transparent', decal: { color: 'transparent', backgroundColor: 'transparent', symbol: 'rect' } }, emphasis: { disabled: true }, tooltip: { show: false } },
        { name: t('oekonomi.forecast.chartSeries'), type: 'bar', stack: 'w', data: size.map((v, i) => ({ value: v, itemStyle: { color: colour(steps[i]!.key, steps[i]!.amount) } })) },
      ],
    };
  }, [data, t]);

  if (forecast.isPending) return <Loading />;
  if (forecast.isError) return <ProblemAlert error={forecast.error as ApiError} />;
  if (!data || !option) return null;
  const description = t('oekonomi.forecast.chartLabel', {
    year, budget: formatKroner(data.budget), forecast: formatKroner(data.forecast), deviation: formatKroner(data.deviation),
  });
  const exportCsv = () =>
    download(`prognose-${year}.csv`, toCsv([
      [t('oekonomi.measureType'), t('oekonomi.step.budget'), t('oekonomi.step.actuals'), t('oekonomi.step.commitments'), t('oekonomi.step.pending'),
        t('oekonomi.step.newCases'), t('oekonomi.step.forecast'), t('oekonomi.step.deviation')],
      ...data.measureTypes.map((m) => [t(`oekonomi.measure.${m.measureType}` as never), m.budget, m.actuals, m.commitments, m.pending, m.newCases, m.forecast, m.deviation]),
      [t('oekonomi.step.pool'), '', '', '', '', '', data.pool, ''],
      [t('oekonomi.total'), data.budget, data.actuals, data.commitments, data.pending, data.newCases, data.forecast, data.deviation],
    ]));

  return (
    <section aria-labelledby="oek-forecast-title">
      <div className="oek-toolbar">
        <h2 id="oek-forecast-title">{t('oekonomi.forecast.title', { year })}</h2>
        <YearPicker />
      </div>
      <p className="oek-muted">
        {t('oekonomi.forecast.lead', { through: data.actualsThroughMonth, left: data.monthsLeft, probability: data.grantProbabilityPercent })}
      </p>
      <EChart option={option} label={description} />
      <table className="oek-table" data-testid="waterfall-table">
        <caption>{t('oekonomi.forecast.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('oekonomi.forecast.step')}</th>
            <th scope="col">{t('oekonomi.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.waterfall.map((s) => (
            <tr key={s.key}>
              <th scope="row">{t(`oekonomi.step.${s.key}` as never)}</th>
              <td className="oek-money" data-testid={`step-${s.key}`}>{formatKroner(s.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="oek-toolbar">
        <h3>{t('oekonomi.forecast.perMeasure')}</h3>
        <button type="button" className="button button--secondary" onClick={exportCsv}>{t('oekonomi.exportCsv')}</button>
      </div>
      <div className="oek-scroll" role="region" aria-label={t('oekonomi.forecast.perMeasure')} tabIndex={0}>
      <table className="oek-table">
        <thead>
          <tr>
            <th scope="col">{t('oekonomi.measureType')}</th>
            <th scope="col">{t('oekonomi.step.budget')}</th>
            <th scope="col">{t('oekonomi.step.actuals')}</th>
            <th scope="col">{t('oekonomi.step.commitments')}</th>
            <th scope="col">{t('oekonomi.step.pending')}</th>
            <th scope="col">{t('oekonomi.step.newCases')}</th>
            <th scope="col">{t('oekonomi.step.forecast')}</th>
            <th scope="col">{t('oekonomi.step.deviation')}</th>
          </tr>
        </thead>
        <tbody>
          {data.measureTypes.map((m) => (
            <tr key={m.measureType}>
              <th scope="row">{t(`oekonomi.measure.${m.measureType}` as never)}</th>
              {[m.budget, m.actuals, m.commitments, m.pending, m.newCases, m.forecast, m.deviation].map((v, i) => (
                <td key={i} className="oek-money">{formatKroner(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <section aria-labelledby="oek-accuracy-title" className="oek-panel">
        <h3 id="oek-accuracy-title">{t('oekonomi.accuracy.title')}</h3>
        {accuracy.data && (
          <>
            <p data-testid="accuracy">
              {accuracy.data.accuracyPercent != null
                ? t('oekonomi.accuracy.value', { percent: String(accuracy.data.accuracyPercent).replace('.', ',') })
                : t('oekonomi.accuracy.pending', { months: accuracy.data.monthsWithActuals })}
            </p>
            {accuracy.data.snapshots.length === 0 ? (
              <p className="oek-muted">{t('oekonomi.accuracy.noSnapshots')}</p>
            ) : (
              <table className="oek-table">
                <thead>
                  <tr>
                    <th scope="col">{t('oekonomi.accuracy.month')}</th>
                    <th scope="col">{t('oekonomi.step.forecast')}</th>
                    <th scope="col">{t('oekonomi.accuracy.error')}</th>
                  </tr>
                </thead>
                <tbody>
                  {accuracy.data.snapshots.map((s) => (
                    <tr key={s.month}>
                      <td>{`${year}-${String(s.month).padStart(2, '0')}`}</td>
                      <td className="oek-money">{formatKroner(s.forecast)}</td>
                      <td className="oek-money">{s.error == null ? '–' : `${formatKroner(s.error)} (${String(s.errorPercent).replace('.', ',')} %)`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>
    </section>
  );
}

function colour(key: string, amount: number): string {
  if (key === 'budget') return '#2f5d8a';
  if (key === 'forecast') return '#4a4a8a';
  if (key === 'deviation') return amount > 0 ? '#a33a2a' : '#2f7a3e';
  return '#6b8fb5';
}
