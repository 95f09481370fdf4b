import { Fragment, useMemo } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { ProblemError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { conditionsText } from './conditionsText';
import { anyOtherType, measureTypes, type HitPolicy, type PlanRule } from './planModel';
import type { LevelOption } from './usePlanReferenceData';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, PlanRule>();

interface Props {
  rules: PlanRule[];
  hitPolicy: HitPolicy | null | undefined;
  levels: LevelOption[];
  rowFindings: Map<number, ProblemError[]>;
  selected: number | null;
  readOnly: boolean;
  onChange: (index: number, rule: PlanRule) => void;
  onSelect: (index: number | null) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}

/** The plan as a decision table: one row per rule, edited in place, with the server's findings at their row. */
export function RulesTable({ rules, hitPolicy, levels, rowFindings, selected, readOnly, onChange, onSelect, onMove, onRemove }: Props) {
  const { t } = useI18n();
  const levelName = useMemo(() => new Map(levels.map((l) => [l.id, l.name])), [levels]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({ id: 'row', header: () => t('plan.rules.row'), cell: ({ row }) => row.index + 1 }),
        helper.display({
          id: 'id',
          header: () => t('plan.rules.id'),
          cell: ({ row }) => (
            <input
              disabled={readOnly}
              className="plan-table__input plan-table__input--id"
              aria-label={`${t('plan.rules.id')}, ${t('plan.findings.row', { row: row.index + 1 })}`}
              value={row.original.id ?? ''}
              aria-invalid={hasFinding(rowFindings, row.index, 'id')}
              onChange={(e) => onChange(row.index, { ...row.original, id: e.target.value })}
            />
          ),
        }),
        helper.display({
          id: 'measureType',
          header: () => t('plan.rules.measureType'),
          cell: ({ row }) => (
            <select
              disabled={readOnly}
              className="plan-table__input"
              aria-label={`${t('plan.rules.measureType')}, ${t('plan.findings.row', { row: row.index + 1 })}`}
              value={row.original.measureType ?? ''}
              aria-invalid={hasFinding(rowFindings, row.index, 'measureType')}
              onChange={(e) => onChange(row.index, { ...row.original, measureType: e.target.value })}
            >
              <option value={anyOtherType}>{t('plan.rules.anyType')}</option>
              {measureTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          ),
        }),
        helper.display({
          id: 'conditions',
          header: () => t('plan.rules.conditions'),
          cell: ({ row }) =>
            row.original.default ? (
              <span className="plan-table__default">{t('plan.rules.default')}</span>
            ) : (
              <ConditionList parts={conditionsText(row.original.when, t)} empty={t('plan.rules.none')} />
            ),
        }),
        helper.display({
          id: 'level',
          header: () => t('plan.rules.level'),
          cell: ({ row }) => (
            <select
              disabled={readOnly}
              className="plan-table__input"
              aria-label={`${t('plan.rules.level')}, ${t('plan.findings.row', { row: row.index + 1 })}`}
              value={row.original.level ?? ''}
              aria-invalid={hasFinding(rowFindings, row.index, 'level')}
              onChange={(e) => onChange(row.index, { ...row.original, level: e.target.value || null })}
            >
              <option value="">{t('plan.rules.chooseLevel')}</option>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
              {row.original.level && !levelName.has(row.original.level) && <option value={row.original.level}>{row.original.level}</option>}
            </select>
          ),
        }),
        helper.display({
          id: 'notifyAndGates',
          header: () => `${t('plan.rules.notify')} / ${t('plan.rules.gates')}`,
          cell: ({ row }) => (
            <ul className="plan-table__conditions">
              {(row.original.notify ?? []).map((code) => (
                <li key={`n-${code}`}>{`${t('plan.rules.notify')}: ${levelName.get(code) ?? code}`}</li>
              ))}
              {(row.original.gates ?? []).map((gate) => (
                <li key={`g-${gate}`}>{`${t('plan.rules.gates')}: ${gate}`}</li>
              ))}
            </ul>
          ),
        }),
        helper.display({
          id: 'priority',
          header: () => t('plan.rules.priority'),
          cell: ({ row }) =>
            hitPolicy === 'Priority' && !row.original.default ? (
              <input
                type="number"
                disabled={readOnly}
              className="plan-table__input plan-table__input--number"
                aria-label={`${t('plan.rules.priority')}, ${t('plan.findings.row', { row: row.index + 1 })}`}
                value={row.original.priority ?? ''}
                aria-invalid={hasFinding(rowFindings, row.index, 'priority')}
                onChange={(e) => onChange(row.index, { ...row.original, priority: e.target.value === '' ? null : Number(e.target.value) })}
              />
            ) : (
              '–'
            ),
        }),
        helper.display({
          id: 'actions',
          header: () => t('plan.rules.actions'),
          cell: ({ row }) => (
            <div className="plan-table__actions">
              <button
                type="button"
                className="button button--quiet button--small"
                aria-pressed={selected === row.index}
                aria-label={t('plan.rules.edit', { row: row.index + 1 })}
                onClick={() => onSelect(selected === row.index ? null : row.index)}
              >
                {t('plan.rules.open')}
              </button>
              {!readOnly && (
                <>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('plan.rules.moveUp', { row: row.index + 1 })}
                    disabled={row.index === 0}
                    onClick={() => onMove(row.index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('plan.rules.moveDown', { row: row.index + 1 })}
                    disabled={row.index === rules.length - 1}
                    onClick={() => onMove(row.index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('plan.rules.remove', { row: row.index + 1 })}
                    onClick={() => onRemove(row.index)}
                  >
                    ✕
                  </button>
                </>
              )}
            </div>
          ),
        }),
      ]).filter((column) => hitPolicy === 'Priority' || column.id !== 'priority'),
    [t, rowFindings, levels, levelName, hitPolicy, selected, readOnly, rules.length, onChange, onSelect, onMove, onRemove],
  );

  const table = useTable({ features, columns, data: rules });

  return (
    <div className="plan-table__scroll" tabIndex={0} role="group" aria-label={t('plan.rules.title')}>
      <table className="plan-table">
        <caption className="visually-hidden">{t('plan.rules.title')}</caption>
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
            <Fragment key={row.id}>
            <tr
              className={[
                'plan-table__row',
                rowFindings.has(row.index) ? 'plan-table__row--finding' : '',
                selected === row.index ? 'plan-table__row--selected' : '',
              ].join(' ')}
              data-rule-id={row.original.id ?? ''}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
            {rowFindings.has(row.index) && (
              <tr className="plan-table__finding-row">
                <td colSpan={row.getAllCells().length}>
                  <ul className="plan-table__findings" aria-label={t('plan.findings.row', { row: row.index + 1 })}>
                    {(rowFindings.get(row.index) ?? []).map((f) => (
                      <li key={`${f.path}:${f.code}`}>
                        <span aria-hidden="true">⚠ </span>
                        {f.message}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function hasFinding(rowFindings: Map<number, ProblemError[]>, index: number, field: string): boolean {
  return (rowFindings.get(index) ?? []).some((f) => f.path === `/rules/${index}/${field}` || f.path.startsWith(`/rules/${index}/${field}/`));
}

function ConditionList({ parts, empty }: { parts: string[]; empty: string }) {
  if (parts.length === 0) return <span className="plan-table__muted">{empty}</span>;
  return (
    <ul className="plan-table__conditions">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
