import { useLayoutEffect, useRef, useState } from 'react';
import { roleName } from '../../../auth/roles';
import { useI18n, type MessageKey } from '../../../i18n';
import { municipalityRoles, type Option } from '../designerApi';
import { useOptions } from './useOptions';

export const candidateKinds = ['role', 'level', 'forum', 'user'] as const;
export type CandidateKind = (typeof candidateKinds)[number];

/** Who may take a task, as HumanTask's `candidates` input holds it. */
export interface Candidate {
  kind: CandidateKind;
  id: string;
}

const kindLabel: Record<CandidateKind, MessageKey> = {
  role: 'designer.candidates.kind.role',
  level: 'designer.candidates.kind.level',
  forum: 'designer.candidates.kind.forum',
  user: 'designer.candidates.kind.user',
};

/** The candidate list in a value, or null when the value is something the picker cannot show (it is then edited as JSON). */
export function candidatesOf(raw: unknown): Candidate[] | null {
  let value = raw;
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(value)) return null;
  const list: Candidate[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const { kind, id } = item as Record<string, unknown>;
    if (!candidateKinds.includes(kind as CandidateKind) || typeof id !== 'string') return null;
    list.push({ kind: kind as CandidateKind, id });
  }
  return list;
}

const complete = (rows: readonly Candidate[]) => rows.filter((r) => r.id.trim() !== '').map((r) => ({ kind: r.kind, id: r.id.trim() }));
const same = (a: readonly Candidate[], b: readonly Candidate[]) => JSON.stringify(a) === JSON.stringify(b);

interface Props {
  id: string;
  labelId: string;
  value: readonly Candidate[];
  readOnly: boolean;
  /** Called with the rows that name someone; rows still without a value are kept on screen only. */
  onChange: (candidates: Candidate[]) => void;
}

/** Rows of kind and value, the values picked from the municipality's roles, competence levels, forums and users. */
export function CandidatesEditor({ id, labelId, value, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Candidate[]>(() => [...value]);
  const [seen, setSeen] = useState<readonly Candidate[]>(value);
  const list = useRef<HTMLDivElement>(null);
  const levels = useOptions('competenceLevels');
  const forums = useOptions('forums');
  const users = useOptions('users');

  // An undo or another activity's value arrives from outside: show it unless it is what these rows already say.
  if (!same(seen, value)) {
    setSeen(value);
    if (!same(complete(rows), value)) setRows([...value]);
  }

  const choices: Record<CandidateKind, { options: Option[] | null; loading: boolean }> = {
    role: { options: municipalityRoles.map((r) => ({ value: r, label: roleName(r, t) })), loading: false },
    level: levels,
    forum: forums,
    user: users,
  };

  const update = (next: Candidate[]) => {
    setRows(next);
    const written = complete(next);
    if (!same(written, value)) onChange(written);
  };

  // The row to focus once the render that adds or removes a row is committed: in the same key event, so a Tab
  // pressed right after Enter already moves on from the new row.
  const [focusAfterRender, setFocusAfterRender] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (focusAfterRender === null) return;
    const target = list.current?.querySelector<HTMLElement>(`[data-row="${focusAfterRender}"] select`) ?? list.current?.querySelector<HTMLElement>('[data-add]');
    target?.focus();
    setFocusAfterRender(null);
  }, [focusAfterRender]);
  const focusRow = (index: number) => setFocusAfterRender(index);

  const add = () => {
    update([...rows, { kind: 'role', id: '' }]);
    focusRow(rows.length);
  };

  const remove = (index: number) => {
    update(rows.filter((_, i) => i !== index));
    focusRow(index < rows.length - 1 ? index : index - 1);
  };

  const valueEditor = (row: Candidate, index: number) => {
    const n = index + 1;
    const label = t('designer.candidates.value', { n });
    const { options, loading } = choices[row.kind];
    const set = (next: string) => update(rows.map((r, i) => (i === index ? { ...r, id: next } : r)));
    if (options && options.length > 0) {
      const known = options.some((o) => o.value === row.id);
      return (
        <select
          className="designer-input"
          aria-label={label}
          // The column is narrow: the whole name shows on hover.
          title={options.find((o) => o.value === row.id)?.label ?? row.id}
          disabled={readOnly}
          value={row.id}
          onChange={(e) => set(e.target.value)}
        >
          <option value="">{t('designer.props.choose')}</option>
          {!known && row.id && <option value={row.id}>{row.id}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    const hintId = `${id}-${index}-hint`;
    return (
      <>
        <input
          className="designer-input"
          aria-label={label}
          aria-describedby={loading ? undefined : hintId}
          disabled={readOnly}
          value={row.id}
          onChange={(e) => set(e.target.value)}
        />
        {!loading && (
          <p id={hintId} className="designer-field__help">
            {t('designer.candidates.typeId')}
          </p>
        )}
      </>
    );
  };

  return (
    <div id={id} role="group" aria-labelledby={labelId} className="designer-candidates" ref={list}>
      {rows.length === 0 && <p className="designer-muted">{t('designer.candidates.none')}</p>}
      <ul className="designer-candidates__rows">
        {rows.map((row, index) => (
          <li key={index} data-row={index} className="designer-candidates__row">
            <select
              className="designer-input"
              aria-label={t('designer.candidates.kind', { n: index + 1 })}
              disabled={readOnly}
              value={row.kind}
              onChange={(e) => update(rows.map((r, i) => (i === index ? { kind: e.target.value as CandidateKind, id: '' } : r)))}
            >
              {candidateKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(kindLabel[kind])}
                </option>
              ))}
            </select>
            <div className="designer-candidates__value">{valueEditor(row, index)}</div>
            {!readOnly && (
              <button type="button" className="designer-button designer-button--ghost" aria-label={t('designer.candidates.remove', { n: index + 1 })} onClick={() => remove(index)}>
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" className="designer-button" data-add onClick={add}>
          {t('designer.candidates.add')}
        </button>
      )}
    </div>
  );
}
