import { useMutation } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { adminApi } from '../adminApi';
import { toWire, type PlanDocument } from './planModel';

type Replay = components['schemas']['Kompetenceplaner.ReplayDraft.ReplayView'];
type ChangedCase = components['schemas']['Kompetenceplaner.ReplayDraft.ChangedCase'];

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ChangedCase>();

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** Replays the draft on the last twelve months of indstillinger, on request (it reads cases, and each read is audited). */
export function WhatIfPanel({ draft }: { draft: PlanDocument }) {
  const { t } = useI18n();
  const replay = useMutation({ mutationFn: () => adminApi.replayDraft(toWire(draft)) });
  const result: Replay | undefined = replay.data;

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'case',
          header: () => t('whatif.case'),
          cell: ({ row }) => (
            <Link to={`/sager/${row.original.sagId}`} aria-label={t('whatif.openCase', { number: row.original.caseNumber })}>
              {row.original.caseNumber}
            </Link>
          ),
        }),
        helper.display({ id: 'submitted', header: () => t('whatif.submitted'), cell: ({ row }) => row.original.submittedAt.slice(0, 10) }),
        helper.accessor('measureType', { header: () => t('whatif.measure') }),
        helper.display({ id: 'before', header: () => t('whatif.before'), cell: ({ row }) => row.original.before.level }),
        helper.display({ id: 'after', header: () => t('whatif.after'), cell: ({ row }) => row.original.after.level }),
      ]),
    [t],
  );
  const table = useTable({ features, columns, data: result?.changed ?? noCases });

  return (
    <section className="plan-section" aria-labelledby="whatif-title">
      <h2 id="whatif-title">{t('whatif.title')}</h2>
      <p className="plan-section__lead">{t('whatif.lead')}</p>
      <button type="button" className="button" onClick={() => replay.mutate()} disabled={replay.isPending}>
        {replay.isPending ? t('whatif.running') : t('whatif.run')}
      </button>
      {replay.error && <ProblemAlert error={replay.error as ApiError} />}
      {result && (
        <div className="whatif" aria-live="polite">
          <p>{t('whatif.summary', { total: result.total, from: result.from, to: result.to, day: result.draftDay })}</p>
          <p className="whatif__headline">
            {result.changed.length === 0 ? t('whatif.noneChanged') : t('whatif.changedCount', { count: result.changed.length })}
          </p>

          <table className="plan-table">
            <caption>{t('whatif.levels')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('whatif.level')}</th>
                <th scope="col">{t('whatif.before')}</th>
                <th scope="col">{t('whatif.after')}</th>
                <th scope="col">{t('whatif.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {result.levels.map((l) => (
                <tr key={l.levelId}>
                  <th scope="row">
                    {l.level}
                    {l.levelKind === 'forum' && <span className="badge">{t('simulator.forum')}</span>}
                  </th>
                  <td>{l.before}</td>
                  <td>{l.after}</td>
                  <td>{signed(l.after - l.before)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          {result.forums.length > 0 && (
            <table className="plan-table">
              <caption>{t('whatif.forums')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('whatif.forum')}</th>
                  <th scope="col">{t('whatif.meetings')}</th>
                  <th scope="col">{t('whatif.perMeetingBefore')}</th>
                  <th scope="col">{t('whatif.perMeetingAfter')}</th>
                  <th scope="col">{t('whatif.added')}</th>
                </tr>
              </thead>
              <tbody>
                {result.forums.map((f) => (
                  <tr key={f.levelId}>
                    <th scope="row">{f.level}</th>
                    {f.meetings ? (
                      <>
                        <td>{f.meetings}</td>
                        <td>{numberFormat.format(f.itemsPerMeetingBefore ?? 0)}</td>
                        <td>{numberFormat.format(f.itemsPerMeetingAfter ?? 0)}</td>
                      </>
                    ) : (
                      <td colSpan={3}>{t('whatif.noMeetings')}</td>
                    )}
                    <td>{signed(f.added)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          {result.changed.length > 0 && (
            <table className="plan-table">
              <caption>{t('whatif.cases')}</caption>
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
          )}
        </div>
      )}
    </section>
  );
}

const noCases: ChangedCase[] = [];

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
