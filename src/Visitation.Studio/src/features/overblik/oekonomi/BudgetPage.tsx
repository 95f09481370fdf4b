import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../auth/AuthProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Loading } from '../../../components/Loading';
import { useI18n } from '../../../i18n';
import type { ApiError } from '../../../api/client';
import { formatKroner } from '../../moeder/money';
import { measureTypes, oekonomiApi, oekonomiKeys, policyAreas, type BudgetLineInput } from './oekonomiApi';
import { useYear } from './useYear';
import { YearPicker } from './YearPicker';

interface Row {
  policyArea: string;
  measureType: string;
  count: string;
  averagePrice: string;
}

/** Danish input (`1.234,5`) to the number the API takes; the server checks decimals and range and says where. */
function parseDanish(text: string): number | null {
  const t = text.trim().replace(/\./g, '').replace(',', '.');
  return t === '' || Number.isNaN(Number(t)) ? null : Number(t);
}

const danish = (n: number) => String(n).replace('.', ',');

export function BudgetPage() {
  const { t } = useI18n();
  const { state } = useAuth();
  const canEdit = state.status === 'signedIn' && state.user.roles.includes('Oekonomi');
  const [year] = useYear();
  const client = useQueryClient();
  const budget = useQuery({ queryKey: oekonomiKeys.budget(year), queryFn: () => oekonomiApi.budget(year) });
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (budget.data)
      setRows(
        budget.data.lines.map((l) => ({ policyArea: l.policyArea, measureType: l.measureType, count: danish(l.count), averagePrice: danish(l.averagePrice) })),
      );
  }, [budget.data]);
  const save = useMutation<unknown, ApiError, BudgetLineInput[]>({
    mutationFn: (lines) => oekonomiApi.saveBudget(year, lines),
    onSuccess: () => client.invalidateQueries({ queryKey: oekonomiKeys.all }),
  });

  const update = (i: number, patch: Partial<Row>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const used = new Set(rows.map((r) => r.measureType));
  const addRow = () => {
    const free = measureTypes.find((m) => !used.has(m));
    if (free) setRows((r) => [...r, { policyArea: 'forebyggelse', measureType: free, count: '', averagePrice: '' }]);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    save.mutate(rows.map((r) => ({ policyArea: r.policyArea, measureType: r.measureType, count: parseDanish(r.count), averagePrice: parseDanish(r.averagePrice) })));
  };

  if (budget.isPending) return <Loading />;
  if (budget.isError) return <ProblemAlert error={budget.error as ApiError} />;
  const data = budget.data;
  return (
    <section aria-labelledby="oek-budget-title">
      <div className="oek-toolbar">
        <h2 id="oek-budget-title">{t('oekonomi.budget.title', { year })}</h2>
        <YearPicker />
      </div>
      <p className="oek-muted">{t('oekonomi.budget.lead')}</p>
      <form onSubmit={submit}>
        <table className="oek-table">
          <caption className="visually-hidden">{t('oekonomi.budget.title', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('oekonomi.policyArea')}</th>
              <th scope="col">{t('oekonomi.measureType')}</th>
              <th scope="col">{t('oekonomi.budget.count')}</th>
              <th scope="col">{t('oekonomi.budget.price')}</th>
              <th scope="col">{t('oekonomi.amount')}</th>
              <th scope="col">{t('oekonomi.budget.version')}</th>
              {canEdit && <th scope="col"><span className="visually-hidden">{t('oekonomi.budget.remove')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={7}>{canEdit ? t('oekonomi.budget.emptyEdit') : t('oekonomi.budget.empty')}</td>
              </tr>
            )}
            {rows.map((row, i) => {
              const saved = data.lines.find((l) => l.measureType === row.measureType);
              return (
                <tr key={i}>
                  <td>
                    <select aria-label={`${t('oekonomi.policyArea')} ${i + 1}`} disabled={!canEdit} value={row.policyArea} onChange={(e) => update(i, { policyArea: e.target.value })}>
                      {policyAreas.map((a) => (
                        <option key={a} value={a}>{t(`oekonomi.area.${a}`)}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select aria-label={`${t('oekonomi.measureType')} ${i + 1}`} disabled={!canEdit} value={row.measureType} onChange={(e) => update(i, { measureType: e.target.value })}>
                      {measureTypes.map((m) => (
                        <option key={m} value={m} disabled={m !== row.measureType && used.has(m)}>{t(`oekonomi.measure.${m}`)}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input aria-label={`${t('oekonomi.budget.count')} ${i + 1}`} inputMode="decimal" readOnly={!canEdit} value={row.count} onChange={(e) => update(i, { count: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={`${t('oekonomi.budget.price')} ${i + 1}`} inputMode="decimal" readOnly={!canEdit} value={row.averagePrice} onChange={(e) => update(i, { averagePrice: e.target.value })} />
                  </td>
                  <td className="oek-money">{saved ? formatKroner(saved.amount) : '–'}</td>
                  <td>{saved ? saved.version : t('oekonomi.budget.new')}</td>
                  {canEdit && (
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
                        {t('oekonomi.budget.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            {data.policyAreas.map((a) => (
              <tr key={a.policyArea}>
                <th scope="row" colSpan={4}>{t(`oekonomi.area.${a.policyArea}` as never)}</th>
                <td className="oek-money">{formatKroner(a.amount)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={4}>{t('oekonomi.total')}</th>
              <td className="oek-money" data-testid="budget-total">{formatKroner(data.total)}</td>
            </tr>
          </tfoot>
        </table>
        {save.isError && <ProblemAlert error={save.error} title={t('oekonomi.budget.notSaved')} />}
        {save.isSuccess && <p role="status">{t('oekonomi.budget.saved')}</p>}
        {canEdit && (
          <div className="oek-actions">
            <button type="button" className="button button--secondary" onClick={addRow} disabled={used.size >= measureTypes.length}>
              {t('oekonomi.budget.add')}
            </button>
            <button type="submit" className="button" disabled={save.isPending}>
              {t('oekonomi.budget.save')}
            </button>
          </div>
        )}
      </form>
      <h3>{t('oekonomi.budget.history')}</h3>
      {data.history.length === 0 ? (
        <p className="oek-muted">{t('oekonomi.budget.noHistory')}</p>
      ) : (
        <table className="oek-table">
          <thead>
            <tr>
              <th scope="col">{t('oekonomi.budget.changedAt')}</th>
              <th scope="col">{t('oekonomi.budget.changedBy')}</th>
              <th scope="col">{t('oekonomi.measureType')}</th>
              <th scope="col">{t('oekonomi.budget.version')}</th>
              <th scope="col">{t('oekonomi.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {data.history.map((h, i) => (
              <tr key={i}>
                <td>{new Date(h.changedAt).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen' })}</td>
                <td>{h.changedBy}</td>
                <td>{t(`oekonomi.measure.${h.measureType}` as never)}</td>
                <td>{h.version}</td>
                <td className="oek-money">{h.removed ? t('oekonomi.budget.removed') : formatKroner(h.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
