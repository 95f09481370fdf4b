import type { ProblemError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt, hitPolicies, type HitPolicy, type PlanDocument } from './planModel';

interface Props {
  plan: PlanDocument;
  findings: ProblemError[];
  onChange: (plan: PlanDocument) => void;
}

/** The plan's own fields: when it takes effect, how its rows combine, and what changed. */
export function PlanHeaderFields({ plan, findings, onChange }: Props) {
  const { t } = useI18n();
  const effective = findingsAt(findings, '/effectiveFrom');
  const policy = findingsAt(findings, '/hitPolicy');
  const note = findingsAt(findings, '/note');
  return (
    <div className="plan-header">
      <div className="field">
        <label htmlFor="plan-effective-from">{t('plan.effectiveFrom')}</label>
        <input
          id="plan-effective-from"
          type="date"
          value={plan.effectiveFrom ?? ''}
          onChange={(e) => onChange({ ...plan, effectiveFrom: e.target.value || null })}
          {...errorProps('plan-effective-from-errors', effective)}
        />
        <FieldErrors id="plan-effective-from-errors" errors={effective} />
      </div>
      <div className="field">
        <label htmlFor="plan-hit-policy">{t('plan.hitPolicy')}</label>
        <select
          id="plan-hit-policy"
          value={plan.hitPolicy ?? ''}
          onChange={(e) => onChange({ ...plan, hitPolicy: (e.target.value || undefined) as HitPolicy | undefined })}
          {...errorProps('plan-hit-policy-errors', policy)}
        >
          {hitPolicies.map((p) => (
            <option key={p} value={p}>
              {t(`plan.hitPolicy.${p}`)}
            </option>
          ))}
        </select>
        <FieldErrors id="plan-hit-policy-errors" errors={policy} />
      </div>
      <div className="field plan-header__note">
        <label htmlFor="plan-note">{t('plan.note')}</label>
        <input id="plan-note" value={plan.note ?? ''} onChange={(e) => onChange({ ...plan, note: e.target.value })}
          {...errorProps('plan-note-errors', note)} />
        <FieldErrors id="plan-note-errors" errors={note} />
      </div>
    </div>
  );
}
