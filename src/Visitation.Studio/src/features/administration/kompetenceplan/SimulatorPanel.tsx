import { useMemo, useState } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { ExampleCaseBody } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { AnswerCard } from './AnswerCard';
import { unitName } from './conditionsText';
import { findingsAt, measureTypes, parseNumber, providerFinancings, providerKinds, units, type DraftEvaluation, type MeasureRequest } from './planModel';
import type { SavedExample } from './storage';

interface Props {
  probe: ExampleCaseBody;
  onProbe: (probe: ExampleCaseBody) => void;
  /** The day to answer for (yyyy-MM-dd); null for today (the draft: its effective date). */
  date: string | null;
  onDate: (date: string | null) => void;
  examples: SavedExample[];
  examplesError: ApiError | null;
  canSaveExamples: boolean;
  onSaveExample: (example: { name: string; measure: MeasureRequest; submitter: string | null }) => void;
  onRemoveExample: (example: SavedExample) => void;
  evaluation: DraftEvaluation | undefined;
  evaluationError: ApiError | null;
  colleagues: { username: string; displayName?: string | null }[];
}

interface ExampleRow {
  example: SavedExample;
  answer: DraftEvaluation['cases'][number] | undefined;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ExampleRow>();

/** "Who decides this measure, and why": the draft and the plan in force side by side, and the saved examples re-run. */
export function SimulatorPanel({ probe, onProbe, date, onDate, examples, examplesError, canSaveExamples, onSaveExample, onRemoveExample, evaluation,
  evaluationError, colleagues }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const measure = probe.measure;
  const setMeasure = (patch: Partial<MeasureRequest>) => onProbe({ ...probe, measure: { ...measure, ...patch } });
  const answer = evaluation?.cases[0];
  // The evaluation refuses a wrong case with 400 at /cases/0/...: that is the form above.
  const probeErrors = (evaluationError?.problem.errors ?? []).filter((e) => e.path.startsWith('/cases/0/'));
  const at = (field: string) => findingsAt(probeErrors, `/cases/0/measure/${field}`);

  const rows = useMemo<ExampleRow[]>(() => examples.map((example, i) => ({ example, answer: evaluation?.cases[i + 1] })), [examples, evaluation]);
  const changedCount = rows.filter((r) => r.answer?.changed).length;

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({ id: 'name', header: () => t('simulator.examples.name'), cell: ({ row }) => row.original.example.name }),
        helper.display({
          id: 'inForce',
          header: () => t('simulator.examples.inForce'),
          cell: ({ row }) => row.original.answer?.inForce?.level ?? <NoAnswer answer={row.original.answer} side="inForce" evaluation={evaluation} />,
        }),
        helper.display({
          id: 'draft',
          header: () => t('simulator.examples.draft'),
          cell: ({ row }) => row.original.answer?.draft?.level ?? <NoAnswer answer={row.original.answer} side="draft" evaluation={evaluation} />,
        }),
        helper.display({
          id: 'status',
          header: () => t('simulator.examples.status'),
          cell: ({ row }) =>
            row.original.answer?.changed ? (
              <span className="change change--changed">
                <span aria-hidden="true">● </span>
                {t('simulator.changed')}
              </span>
            ) : (
              <span className="change">{t('simulator.unchanged')}</span>
            ),
        }),
        helper.display({
          id: 'savedBy',
          header: () => t('versions.savedBy'),
          cell: ({ row }) => row.original.example.savedByName ?? row.original.example.savedBy,
        }),
        ...(canSaveExamples
          ? [
              helper.display({
                id: 'remove',
                header: () => <span className="visually-hidden">{t('plan.rules.actions')}</span>,
                cell: ({ row }) => (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('simulator.examples.remove', { name: row.original.example.name })}
                    onClick={() => onRemoveExample(row.original.example)}
                  >
                    ✕
                  </button>
                ),
              }),
            ]
          : []),
      ]),
    [t, canSaveExamples, onRemoveExample, evaluation],
  );
  const table = useTable({ features, columns, data: rows });

  function saveExample() {
    const label = name.trim() || measure.type || '';
    onSaveExample({ name: label, measure, submitter: probe.submitter });
    setName('');
  }

  return (
    <section className="simulator" aria-labelledby="simulator-title">
      <h2 id="simulator-title">{t('simulator.title')}</h2>
      <p className="plan-section__lead">{t('simulator.lead')}</p>
      {evaluationError && probeErrors.length === 0 && <ProblemAlert error={evaluationError} />}
      <div className="simulator__form">
        <div className="plan-row__field">
          <label htmlFor="sim-measureType">{t('simulator.measureType')}</label>
          <select id="sim-measureType" value={measure.type ?? ''} onChange={(e) => setMeasure({ type: e.target.value })} {...errorProps('sim-type-errors', at('type'))}>
            {measureTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
          <FieldErrors id="sim-type-errors" errors={at('type')} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-providerKind">{t('simulator.providerKind')}</label>
          <select id="sim-providerKind" value={measure.providerKind ?? ''} onChange={(e) => setMeasure({ providerKind: e.target.value || null })}>
            <option value="">{t('simulator.unknown')}</option>
            {providerKinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-providerFinancing">{t('simulator.providerFinancing')}</label>
          <select id="sim-providerFinancing" value={measure.providerFinancing ?? ''} onChange={(e) => setMeasure({ providerFinancing: e.target.value || null })}>
            <option value="">{t('simulator.unknown')}</option>
            {providerFinancings.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-quantity">{t('simulator.quantity')}</label>
          <input id="sim-quantity"
            inputMode="decimal"
            value={measure.quantity?.value ?? ''}
            onChange={(e) => {
              const value = parseNumber(e.target.value);
              setMeasure({ quantity: value === null ? undefined : { value, unit: measure.quantity?.unit ?? units[0] } });
            }}
            {...errorProps('sim-quantity-errors', at('quantity'))}
          />
          <FieldErrors id="sim-quantity-errors" errors={at('quantity')} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-unit">{t('simulator.unit')}</label>
          <select id="sim-unit"
            value={measure.quantity?.unit ?? units[0]}
            onChange={(e) => measure.quantity && setMeasure({ quantity: { ...measure.quantity, unit: e.target.value } })}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {unitName(u, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-durationMonths">{t('simulator.durationMonths')}</label>
          <input id="sim-durationMonths" inputMode="decimal" value={measure.durationMonths ?? ''} onChange={(e) => setMeasure({ durationMonths: parseNumber(e.target.value) })} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-annualCost">{t('simulator.annualCost')}</label>
          <input id="sim-annualCost" inputMode="decimal" value={measure.annualCost ?? ''} onChange={(e) => setMeasure({ annualCost: parseNumber(e.target.value) })}
            {...errorProps('sim-cost-errors', at('annualCost'))} />
          <FieldErrors id="sim-cost-errors" errors={at('annualCost')} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-legalBasis">{t('simulator.legalBasis')}</label>
          <input id="sim-legalBasis" value={measure.legalBasis ?? ''} onChange={(e) => setMeasure({ legalBasis: e.target.value || null })}
            {...errorProps('sim-basis-errors', at('legalBasis'))} />
          <FieldErrors id="sim-basis-errors" errors={at('legalBasis')} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-consent">{t('simulator.consent')}</label>
          <select id="sim-consent"
            value={measure.consent == null ? '' : String(measure.consent)}
            onChange={(e) => setMeasure({ consent: e.target.value === '' ? null : e.target.value === 'true' })}
          >
            <option value="">{t('simulator.unknown')}</option>
            <option value="true">{t('plan.row.yes')}</option>
            <option value="false">{t('plan.row.no')}</option>
          </select>
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-date">{t('simulator.date')}</label>
          <input id="sim-date" type="date" value={date ?? ''} aria-describedby="sim-date-hint" onChange={(e) => onDate(e.target.value || null)} />
          <span id="sim-date-hint" className="plan-table__muted">{t('simulator.dateHint')}</span>
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-familyYearCost">{t('simulator.familyYearCost')}</label>
          <input id="sim-familyYearCost" inputMode="decimal" value={measure.familyYearCost ?? ''}
            onChange={(e) => setMeasure({ familyYearCost: parseNumber(e.target.value) })} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-childYearCost">{t('simulator.childYearCost')}</label>
          <input id="sim-childYearCost" inputMode="decimal" value={measure.childYearCost ?? ''}
            onChange={(e) => setMeasure({ childYearCost: parseNumber(e.target.value) })} />
        </div>
        <div className="plan-row__field">
          <label htmlFor="sim-submitter">{t('simulator.submitter')}</label>
          <select id="sim-submitter" value={probe.submitter ?? ''} onChange={(e) => onProbe({ ...probe, submitter: e.target.value || null })}>
            <option value="">{t('simulator.noSubmitter')}</option>
            {colleagues.map((c) => (
              <option key={c.username} value={c.username}>
                {c.displayName ? `${c.displayName} (${c.username})` : c.username}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="simulator__answers" aria-live="polite">
        <AnswerCard
          heading={t('simulator.draft', { version: evaluation?.draftVersion ?? '', date: evaluation?.draftDay ?? '' })}
          answer={answer?.draft}
          missing={answer?.error?.message ?? t('simulator.draftInvalid')}
        />
        <AnswerCard
          heading={evaluation?.inForceVersion ? t('simulator.inForce', { version: evaluation.inForceVersion }) : t('simulator.noPlanInForce')}
          answer={answer?.inForce}
          missing={answer?.error?.message ?? t('simulator.noPlanInForce')}
        />
      </div>
      {answer && (answer.changed ? (
        <p className="change change--changed"><span aria-hidden="true">● </span>{t('simulator.changed')}</p>
      ) : null)}

      {canSaveExamples && (
        <div className="simulator__save">
          <div className="plan-row__field">
            <label htmlFor="sim-exampleName">{t('simulator.exampleName')}</label>
            <input id="sim-exampleName" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="button" className="button" onClick={saveExample}>
            {t('simulator.saveExample')}
          </button>
        </div>
      )}
      {examplesError && <ProblemAlert error={examplesError} />}

      <h3>{t('simulator.examples.title')}</h3>
      <p className="plan-section__lead">{t('simulator.examples.lead')}</p>
      {rows.length === 0 ? (
        <p className="plan-table__muted">{t('simulator.examples.none')}</p>
      ) : (
        <>
          <p aria-live="polite">{t('simulator.examples.changedCount', { count: changedCount, total: rows.length })}</p>
          <table className="plan-table examples-table">
            <caption className="visually-hidden">{t('simulator.examples.title')}</caption>
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
                <tr key={row.id} className={row.original.answer?.changed ? 'plan-table__row--changed' : undefined}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Why a saved example has no answer under one plan: it was refused, the draft has findings, no plan is in force, or no row matches. */
function NoAnswer({ answer, side, evaluation }: { answer: ExampleRow['answer']; side: 'draft' | 'inForce'; evaluation: DraftEvaluation | undefined }) {
  const { t } = useI18n();
  if (!answer || !evaluation) return <span className="plan-table__muted">{t('simulator.noAnswer.pending')}</span>;
  const reason = answer.error
    ? answer.error.message
    : side === 'draft'
      ? evaluation.findings.length > 0 ? t('simulator.noAnswer.draftFindings') : t('simulator.noAnswer.noRule')
      : evaluation.inForceVersion == null ? t('simulator.noAnswer.noPlan') : t('simulator.noAnswer.noRule');
  return (
    <span className="plan-table__muted">
      <span aria-hidden="true">– </span>
      {reason}
    </span>
  );
}
