import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { formatKroner } from '../../moeder/money';
import { adminApi, adminKeys, type OfferView } from '../adminApi';
import { unitName } from '../kompetenceplan/conditionsText';
import { csvAmount, csvText } from './csvExport';
import { ImportPanel } from './ImportPanel';
import { OfferEditor } from './OfferEditor';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, OfferView>();

/** The offer catalogue: offers with provider, price and unit; edit one; export; import a CSV file after a preview. */
export function TilbudPage() {
  const { t } = useI18n();
  usePageTitle(t('tilbud.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [editing, setEditing] = useState<string | null>(null);
  const offers = useQuery({ queryKey: adminKeys.offers, queryFn: () => adminApi.offers() });

  const rows = useMemo(() => {
    const text = q.trim().toLocaleLowerCase('da');
    return (offers.data ?? []).filter((o) => !text || `${o.name} ${o.providerName} ${o.type} ${o.location ?? ''}`.toLocaleLowerCase('da').includes(text));
  }, [offers.data, q]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({ id: 'provider', header: () => t('tilbud.provider'), cell: ({ row }) => row.original.providerName }),
        helper.display({
          id: 'name',
          header: () => t('tilbud.name'),
          cell: ({ row }) => (
            <button type="button" className="link-button" aria-expanded={editing === row.original.id}
              aria-label={t('tilbud.edit', { name: row.original.name })} onClick={() => setEditing(editing === row.original.id ? null : row.original.id)}>
              {row.original.name}
            </button>
          ),
        }),
        helper.display({ id: 'type', header: () => t('tilbud.type'), cell: ({ row }) => row.original.type }),
        helper.display({
          id: 'price',
          header: () => t('tilbud.price'),
          cell: ({ row }) => (
            <span className="number">
              {formatKroner(row.original.price)} / {unitName(row.original.priceUnit, t) || row.original.priceUnit}
            </span>
          ),
        }),
        helper.display({
          id: 'provision',
          header: () => t('tilbud.provision'),
          cell: ({ row }) => `${row.original.provision}, ${row.original.financing}`,
        }),
        helper.display({
          id: 'vacancies',
          header: () => t('tilbud.vacancies'),
          cell: ({ row }) => (row.original.capacity == null ? '—' : `${row.original.vacancies ?? 0} / ${row.original.capacity}`),
        }),
      ]),
    [t, editing],
  );
  const table = useTable({ features, columns, data: rows });
  const editingOffer = rows.find((o) => o.id === editing);

  function exportCsv() {
    const header = ['provider', 'name', 'type', 'targetGroup', 'legalBasis', 'price', 'priceUnit', 'capacity', 'vacancies', 'provision', 'financing',
      'location', 'approvedUntil', 'placementForm'];
    const lines = rows.map((o) => [o.providerName, o.name, o.type, o.targetGroup, o.legalBasis, csvAmount(o.price), o.priceUnit, o.capacity, o.vacancies,
      o.provision, o.financing, o.location, o.approvedUntil, o.placementForm]);
    const url = URL.createObjectURL(new Blob([csvText([header, ...lines])], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'tilbudskatalog.csv';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('tilbud.title')}</h1>
        <p className="workspace__lead">{t('tilbud.lead')}</p>
      </div>
      <section className="plan-section" aria-labelledby="offers-title">
        <h2 id="offers-title">{t('tilbud.offers')}</h2>
        <div className="users__filters">
          <div className="field">
            <label htmlFor="offers-q">{t('tilbud.search')}</label>
            <input id="offers-q" type="search" value={q} onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('q', e.target.value);
              else next.delete('q');
              setParams(next, { replace: true });
            }} />
          </div>
          <button type="button" className="button" onClick={exportCsv} disabled={rows.length === 0}>
            {t('tilbud.export')}
          </button>
        </div>
        {offers.isPending && <Loading />}
        {offers.error && <ProblemAlert error={offers.error as ApiError} />}
        {offers.data && <p aria-live="polite" className="plan-table__muted">{t('tilbud.count', { count: rows.length, total: offers.data.length })}</p>}
        {offers.data && offers.data.length === 0 && <p>{t('tilbud.none')}</p>}
        {rows.length > 0 && (
          <div className="table-scroll">
            <table className="plan-table">
              <caption className="visually-hidden">{t('tilbud.offers')}</caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th key={header.id} scope="col">
                        {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id}>
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {editingOffer && <OfferEditor key={editingOffer.id} offer={editingOffer} onClose={() => setEditing(null)} />}
      </section>
      <ImportPanel />
    </div>
  );
}
