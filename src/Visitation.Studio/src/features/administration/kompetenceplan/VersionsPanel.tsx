import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { components } from '../../../api/schema';
import type { ApiError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n, type Translate } from '../../../i18n';
import { adminApi, adminKeys } from '../adminApi';
import { planDiff, type PlanChange } from './planDiff';
import type { PlanDocument } from './planModel';

type VersionSummary = components['schemas']['Kompetenceplaner.PlanVersionSummary'];

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, VersionSummary>();

interface Props {
  versions: VersionSummary[];
  draft: PlanDocument;
  readOnly: boolean;
  onLoad: (version: number, plan: PlanDocument) => void;
}

export function changeText(change: PlanChange, t: Translate): string {
  switch (change.kind) {
    case 'header':
      return t('diff.header', {
        field: t(change.field === 'effectiveFrom' ? 'plan.effectiveFrom' : 'plan.hitPolicy').toLowerCase(),
        from: change.from ?? t('diff.none'),
        to: change.to ?? t('diff.none'),
      });
    case 'ruleChanged':
    case 'recentralisationChanged':
      return t(change.kind === 'ruleChanged' ? 'diff.ruleChanged' : 'diff.recentralisationChanged', { id: change.id, fields: change.fields.join(', ') });
    default:
      return t(`diff.${change.kind}`, { id: change.id });
  }
}

/** Every saved version, and what the draft changes compared with any one of them. */
export function VersionsPanel({ versions, draft, readOnly, onLoad }: Props) {
  const { t } = useI18n();
  const [compared, setCompared] = useState<number | null>(versions[0]?.version ?? null);
  const version = useQuery({
    queryKey: adminKeys.plan(compared ?? 0),
    queryFn: () => adminApi.plan(compared!),
    enabled: compared !== null,
  });
  const changes = useMemo(() => (version.data ? planDiff(version.data.plan, draft) : []), [version.data, draft]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'version',
          header: () => t('versions.version'),
          cell: ({ row }) => (
            <>
              {row.original.version}
              {row.original.inForce && <span className="badge">{t('versions.inForce')}</span>}
            </>
          ),
        }),
        helper.accessor('effectiveFrom', { header: () => t('versions.effectiveFrom') }),
        helper.accessor('savedBy', {
          header: () => t('versions.savedBy'),
          cell: ({ row }) => row.original.savedByName ?? (row.original.savedBy === 'seed' ? t('versions.shipped') : row.original.savedBy),
        }),
        helper.display({ id: 'savedAt', header: () => t('versions.savedAt'), cell: ({ row }) => row.original.savedAt.slice(0, 10) }),
        helper.display({ id: 'note', header: () => t('versions.note'), cell: ({ row }) => row.original.note ?? '' }),
        helper.display({
          id: 'actions',
          header: () => <span className="visually-hidden">{t('plan.rules.actions')}</span>,
          cell: ({ row }) => (
            <div className="plan-table__actions">
              <button
                type="button"
                className="button button--quiet button--small"
                aria-pressed={compared === row.original.version}
                onClick={() => setCompared(row.original.version)}
              >
                {t('versions.compare', { version: row.original.version })}
              </button>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={async () => onLoad(row.original.version, (await adminApi.plan(row.original.version)).plan)}
                >
                  {t('versions.load', { version: row.original.version })}
                </button>
              )}
            </div>
          ),
        }),
      ]),
    [t, compared, readOnly, onLoad],
  );
  const table = useTable({ features, columns, data: versions });

  return (
    <section className="plan-section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      {versions.length === 0 ? (
        <p className="plan-table__muted">{t('versions.none')}</p>
      ) : (
        <div className="plan-table__scroll" tabIndex={0} role="group" aria-label={t('versions.title')}>
          <table className="plan-table">
            <caption className="visually-hidden">{t('versions.title')}</caption>
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
      {compared !== null && (
        <div className="diff" aria-live="polite">
          <h3>{t('versions.diffTitle', { version: compared })}</h3>
          {version.isPending && <Loading />}
          {version.error && <ProblemAlert error={version.error as ApiError} />}
          {version.data &&
            (changes.length === 0 ? (
              <p>{t('versions.noDiff', { version: compared })}</p>
            ) : (
              <ul className="diff__list">
                {changes.map((c) => (
                  <li key={`${c.kind}:${'id' in c ? c.id : c.field}`} className={`diff__item diff__item--${c.kind}`}>
                    {changeText(c, t)}
                  </li>
                ))}
              </ul>
            ))}
        </div>
      )}
    </section>
  );
}
