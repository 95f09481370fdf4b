import type { ProblemError } from '../../../api/client';
import { useI18n, type MessageKey } from '../../../i18n';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { dutyKinds, findingsAt, type PlanDuty } from './planModel';
import type { LevelOption } from './usePlanReferenceData';

interface Props {
  /** The JSON path of the row or re-centralisation (`/rules/3`), where the server locates the duties' findings. */
  base: string;
  idPrefix: string;
  duties: PlanDuty[] | null | undefined;
  levels: LevelOption[];
  findings: ProblemError[];
  onDuties: (duties: PlanDuty[] | null) => void;
}

/** The duties of a row or re-centralisation: a kind (copy, copy with price, information, justification, approval) towards a level. */
export function DutiesEditor({ base, idPrefix, duties, levels, findings, onDuties }: Props) {
  const { t } = useI18n();
  const list = duties ?? [];
  const set = (index: number, patch: Partial<PlanDuty>) => onDuties(list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const remove = (index: number) => {
    const next = list.filter((_, i) => i !== index);
    onDuties(next.length > 0 ? next : null);
  };
  return (
    <fieldset className="plan-row__choices plan-duties">
      <legend>{t('plan.duties.title')}</legend>
      {list.length === 0 && <p className="plan-table__muted">{t('plan.duties.none')}</p>}
      {list.map((duty, i) => {
        const path = `${base}/duties/${i}`;
        const errorsId = `${idPrefix}-duty-${i}-errors`;
        const errors = [...findingsAt(findings, path), ...findingsAt(findings, `${path}/kind`), ...findingsAt(findings, `${path}/level`), ...findingsAt(findings, `${path}/waits`)];
        return (
          <div key={i} className="plan-duties__row">
            <label>
              {t('plan.duties.kind')}
              <select value={duty.kind ?? ''} onChange={(e) => set(i, { kind: e.target.value, waits: e.target.value === 'justify-to' ? duty.waits ?? false : null })}
                {...errorProps(errorsId, errors)}>
                {dutyKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`plan.duty.kind.${kind}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('plan.duties.level')}
              <select value={duty.level ?? ''} onChange={(e) => set(i, { level: e.target.value || null })} {...errorProps(errorsId, errors)}>
                <option value="">{t('plan.duties.chooseLevel')}</option>
                {levels.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.name}
                  </option>
                ))}
              </select>
            </label>
            {duty.kind === 'justify-to' && (
              <label className="plan-row__choice">
                <input type="checkbox" checked={duty.waits === true} onChange={(e) => set(i, { waits: e.target.checked })} />
                {t('plan.duties.waits')}
              </label>
            )}
            <button type="button" className="button button--quiet button--small" onClick={() => remove(i)}>
              {t('plan.duties.remove', { number: i + 1 })}
            </button>
            <FieldErrors id={errorsId} errors={errors} />
          </div>
        );
      })}
      <button type="button" className="button button--small" onClick={() => onDuties([...list, { kind: 'copy', level: levels[0]?.id ?? null, waits: null }])}>
        {t('plan.duties.add')}
      </button>
    </fieldset>
  );
}
