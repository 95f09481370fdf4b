import type { ProblemError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { DutiesEditor } from './DutiesEditor';
import { findingsAt, measureTypes, type Recentralisering } from './planModel';
import type { LevelOption } from './usePlanReferenceData';

interface Props {
  items: Recentralisering[];
  levels: LevelOption[];
  findings: Map<number, ProblemError[]>;
  readOnly: boolean;
  onChange: (items: Recentralisering[]) => void;
  onAdd: () => void;
}

/** Temporary re-centralisations: a measure type goes to one level for a period, with the reason why and the duties that hold meanwhile. */
export function RecentralisationsEditor({ items, levels, findings, readOnly, onChange, onAdd }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<Recentralisering>) => onChange(items.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <section className="plan-section" aria-labelledby="recentralisations-title">
      <h2 id="recentralisations-title">{t('plan.recentralisations.title')}</h2>
      <p className="plan-section__lead">{t('plan.recentralisations.lead')}</p>
      {items.length === 0 && <p className="plan-table__muted">{t('plan.recentralisations.none')}</p>}
      {items.map((item, index) => {
        const errors = findings.get(index) ?? [];
        const at = (field: string) => findingsAt(errors, `/recentralisations/${index}/${field}`);
        const eid = (field: string) => `recentralisation-${index}-${field}-errors`;
        return (
          <fieldset key={index} className="recentralisation">
            <legend>{t('plan.recentralisations.item', { row: index + 1 })}</legend>
            <label className="plan-row__field">
              {t('plan.rules.id')}
              <input value={item.id ?? ''} onChange={(e) => update(index, { id: e.target.value })} {...errorProps(eid('id'), at('id'))} />
              <FieldErrors id={eid('id')} errors={at('id')} />
            </label>
            <label className="plan-row__field">
              {t('plan.rules.measureType')}
              <select value={item.measureType ?? ''} onChange={(e) => update(index, { measureType: e.target.value })}
                {...errorProps(eid('measureType'), at('measureType'))}>
                <option value="" />
                {measureTypes.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
              <FieldErrors id={eid('measureType')} errors={at('measureType')} />
            </label>
            <label className="plan-row__field">
              {t('plan.rules.level')}
              <select value={item.level ?? ''} onChange={(e) => update(index, { level: e.target.value || null })} {...errorProps(eid('level'), at('level'))}>
                <option value="">{t('plan.rules.chooseLevel')}</option>
                {levels.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
              <FieldErrors id={eid('level')} errors={at('level')} />
            </label>
            <label className="plan-row__field recentralisation__reason">
              {t('plan.recentralisations.reason')}
              <input value={item.reason ?? ''} onChange={(e) => update(index, { reason: e.target.value })} {...errorProps(eid('reason'), at('reason'))} />
              <FieldErrors id={eid('reason')} errors={at('reason')} />
            </label>
            <label className="plan-row__field">
              {t('plan.recentralisations.from')}
              <input type="date" value={item.from ?? ''} onChange={(e) => update(index, { from: e.target.value || null })}
                {...errorProps(eid('from'), at('from'))} />
              <FieldErrors id={eid('from')} errors={at('from')} />
            </label>
            <label className="plan-row__field">
              {t('plan.recentralisations.until')}
              <input type="date" value={item.until ?? ''} onChange={(e) => update(index, { until: e.target.value || null })}
                {...errorProps(eid('until'), at('until'))} />
              <FieldErrors id={eid('until')} errors={at('until')} />
            </label>
            <DutiesEditor base={`/recentralisations/${index}`} idPrefix={`recentralisation-${index}`} duties={item.duties} levels={levels} findings={errors}
              onDuties={(duties) => update(index, { duties })} />
            {!readOnly && (
              <button type="button" className="button button--quiet button--small" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {t('plan.recentralisations.remove', { row: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <button type="button" className="button" onClick={onAdd}>
          {t('plan.recentralisations.add')}
        </button>
      )}
    </section>
  );
}
