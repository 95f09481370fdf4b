import type { ProblemError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { unitName } from './conditionsText';
import { DutiesEditor } from './DutiesEditor';
import { aggregateScopes, findingsAt, gates, parseList, parseNumber, providerFinancings, providerKinds, units, type Interval, type PlanRule, type RuleConditions } from './planModel';
import type { LevelOption } from './usePlanReferenceData';

interface Props {
  index: number;
  rule: PlanRule;
  levels: LevelOption[];
  findings: ProblemError[];
  onChange: (rule: PlanRule) => void;
  onClose: () => void;
}

/** Everything about one row beyond what the table edits in place: its conditions, copies, gates, duties and reasons. */
export function RuleDetails({ index, rule, levels, findings, onChange, onClose }: Props) {
  const { t } = useI18n();
  const base = `/rules/${index}`;
  const when = rule.when ?? {};
  const setWhen = (patch: Partial<RuleConditions>) => onChange({ ...rule, when: { ...when, ...patch } });
  const at = (path: string) => findingsAt(findings, `${base}${path}`);
  const id = (path: string) => `rule-${index}${path.replaceAll('/', '-')}-errors`;

  const levelLabel = (code: string) => levels.find((l) => l.id === code)?.name ?? code;
  const levelCodes = levels.map((l) => l.id);

  return (
    <section className="plan-row" aria-labelledby={`rule-${index}-title`}>
      <div className="plan-row__heading">
        <h3 id={`rule-${index}-title`}>{t('plan.row.title', { row: index + 1, id: rule.id ?? '' })}</h3>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('plan.row.close')}
        </button>
      </div>
      <FieldErrors id={`rule-${index}-errors`} errors={findings.filter((f) => f.path === base)} />

      <label className="plan-row__choice">
        <input
          type="checkbox"
          checked={rule.default}
          onChange={(e) => onChange({ ...rule, default: e.target.checked, when: e.target.checked ? undefined : rule.when })}
          {...errorProps(id('/default'), at('/default'))}
        />
        {t('plan.row.default')}
      </label>
      <FieldErrors id={id('/default')} errors={at('/default')} />
      <FieldErrors id={id('/when')} errors={findings.filter((f) => f.path === `${base}/when`)} />

      {!rule.default && (
        <div className="plan-row__grid">
          <label className="plan-row__field">
            {t('plan.row.subtype')}
            <input
              defaultValue={(when.subtype ?? []).join(', ')}
              onBlur={(e) => setWhen({ subtype: parseList(e.target.value) })}
              {...errorProps(id('/when/subtype'), at('/when/subtype'))}
            />
            <FieldErrors id={id('/when/subtype')} errors={at('/when/subtype')} />
          </label>
          <label className="plan-row__field">
            {t('plan.row.legalBasis')}
            <input
              defaultValue={(when.legalBasis ?? []).join(', ')}
              onBlur={(e) => setWhen({ legalBasis: parseList(e.target.value) })}
              {...errorProps(id('/when/legalBasis'), at('/when/legalBasis'))}
            />
            <FieldErrors id={id('/when/legalBasis')} errors={at('/when/legalBasis')} />
          </label>
          <Checkboxes legend={t('plan.row.providerKind')} errorsId={id('/when/providerKind')} errors={at('/when/providerKind')} options={providerKinds} values={when.providerKind}
            onValues={(v) => setWhen({ providerKind: v })} />
          <Checkboxes legend={t('plan.row.providerFinancing')} errorsId={id('/when/providerFinancing')} errors={at('/when/providerFinancing')} options={providerFinancings}
            values={when.providerFinancing} onValues={(v) => setWhen({ providerFinancing: v })} />

          <fieldset className="plan-row__interval">
            <legend>{t('plan.row.quantity')}</legend>
            <label>
              {t('plan.row.unit')}
              <select
                value={when.quantity?.unit ?? ''}
                onChange={(e) => setWhen({ quantity: e.target.value ? { ...when.quantity, unit: e.target.value } : undefined })}
                {...errorProps(id('/when/quantity'), at('/when/quantity'))}
              >
                <option value="">{t('plan.row.any')}</option>
                {units.map((u) => (
                  <option key={u} value={u}>
                    {unitName(u, t)}
                  </option>
                ))}
              </select>
            </label>
            {when.quantity?.unit && (
              <>
                <label>
                  {t('plan.row.above')}
                  <input
                    inputMode="decimal"
                    defaultValue={when.quantity.above ?? ''}
                    {...errorProps(id('/when/quantity'), at('/when/quantity'))}
                    onBlur={(e) => setWhen({ quantity: { ...when.quantity, above: parseNumber(e.target.value) } })}
                  />
                </label>
                <label>
                  {t('plan.row.upTo')}
                  <input
                    inputMode="decimal"
                    defaultValue={when.quantity.upTo ?? ''}
                    {...errorProps(id('/when/quantity'), at('/when/quantity'))}
                    onBlur={(e) => setWhen({ quantity: { ...when.quantity, upTo: parseNumber(e.target.value) } })}
                  />
                </label>
              </>
            )}
            <FieldErrors id={id('/when/quantity')} errors={at('/when/quantity')} />
          </fieldset>
          <IntervalFields label={t('plan.row.durationMonths')} errorsId={id('/when/durationMonths')} errors={at('/when/durationMonths')} value={when.durationMonths}
            onValue={(v) => setWhen({ durationMonths: v })} />
          <IntervalFields label={t('plan.row.annualCost')} errorsId={id('/when/annualCost')} errors={at('/when/annualCost')} value={when.annualCost} onValue={(v) => setWhen({ annualCost: v })} />
          <IntervalFields label={t('plan.row.totalCost')} errorsId={id('/when/totalCost')} errors={at('/when/totalCost')} value={when.totalCost} onValue={(v) => setWhen({ totalCost: v })} />
          <fieldset className="plan-row__interval">
            <legend>{t('plan.row.aggregate')}</legend>
            <label>
              {t('plan.row.aggregateScope')}
              <select
                value={when.aggregate?.scope ?? ''}
                onChange={(e) => setWhen({ aggregate: e.target.value ? { period: 'calendar-year', ...when.aggregate, scope: e.target.value } : undefined })}
                {...errorProps(id('/when/aggregate'), [...at('/when/aggregate'), ...at('/when/aggregate/scope'), ...at('/when/aggregate/period')])}
              >
                <option value="">{t('plan.row.any')}</option>
                {aggregateScopes.map((scope) => (
                  <option key={scope} value={scope}>
                    {t(`plan.row.aggregateScope.${scope}`)}
                  </option>
                ))}
              </select>
            </label>
            {when.aggregate?.scope && (
              <>
                <label>
                  {t('plan.row.aggregatePeriod')}
                  <select value={when.aggregate.period ?? ''} onChange={(e) => setWhen({ aggregate: { ...when.aggregate, period: e.target.value || null } })}>
                    <option value="">{t('plan.row.aggregatePeriodNone')}</option>
                    <option value="calendar-year">{t('plan.row.aggregatePeriod.calendar-year')}</option>
                  </select>
                </label>
                <label>
                  {t('plan.row.above')}
                  <input inputMode="decimal" defaultValue={when.aggregate.above ?? ''}
                    onBlur={(e) => setWhen({ aggregate: { ...when.aggregate, above: parseNumber(e.target.value) } })} />
                </label>
                <label>
                  {t('plan.row.upTo')}
                  <input inputMode="decimal" defaultValue={when.aggregate.upTo ?? ''}
                    onBlur={(e) => setWhen({ aggregate: { ...when.aggregate, upTo: parseNumber(e.target.value) } })} />
                </label>
              </>
            )}
            <FieldErrors id={id('/when/aggregate')} errors={[...at('/when/aggregate'), ...at('/when/aggregate/scope'), ...at('/when/aggregate/period'), ...at('/when/aggregate/upTo')]} />
          </fieldset>
          <Flag legend={t('plan.row.consent')} errorsId={id('/when/consent')} errors={at('/when/consent')} value={when.consent} onValue={(v) => setWhen({ consent: v })} />
          <label className="plan-row__field">
            {t('plan.row.submitterTeam')}
            <input
              defaultValue={(when.submitterTeam ?? []).join(', ')}
              onBlur={(e) => setWhen({ submitterTeam: parseList(e.target.value) })}
              {...errorProps(id('/when/submitterTeam'), at('/when/submitterTeam'))}
            />
            <FieldErrors id={id('/when/submitterTeam')} errors={at('/when/submitterTeam')} />
          </label>
          <Flag legend={t('plan.row.submitterExperienced')} errorsId={id('/when/submitterExperienced')} errors={at('/when/submitterExperienced')} value={when.submitterExperienced}
            onValue={(v) => setWhen({ submitterExperienced: v })} />
          <Checkboxes legend={t('plan.row.submitterLevels')} errorsId={id('/when/submitterLevels')} errors={at('/when/submitterLevels')} options={levelCodes} values={when.submitterLevels}
            label={levelLabel} onValues={(v) => setWhen({ submitterLevels: v })} />
        </div>
      )}

      <div className="plan-row__grid">
        <Checkboxes legend={t('plan.rules.notify')} errorsId={id('/notify')} errors={at('/notify')} options={levelCodes} values={rule.notify} label={levelLabel}
          onValues={(v) => onChange({ ...rule, notify: v })} />
        <Checkboxes legend={t('plan.rules.gates')} errorsId={id('/gates')} errors={[...at('/gates'), ...gates.flatMap((_, j) => at(`/gates/${j}`))]} options={gates}
          values={rule.gates} onValues={(v) => onChange({ ...rule, gates: v })} />
        <DutiesEditor base={base} idPrefix={`rule-${index}`} duties={rule.duties} levels={levels} findings={findings} onDuties={(duties) => onChange({ ...rule, duties })} />
        <label className="plan-row__field">
          {t('plan.row.description')}
          <input value={rule.description ?? ''} onChange={(e) => onChange({ ...rule, description: e.target.value })}
            {...errorProps(id('/description'), at('/description'))} />
          <FieldErrors id={id('/description')} errors={at('/description')} />
        </label>
        <label className="plan-row__field">
          {t('plan.row.assumption')}
          <textarea rows={2} value={rule.assumption ?? ''} onChange={(e) => onChange({ ...rule, assumption: e.target.value })}
            {...errorProps(id('/assumption'), at('/assumption'))} />
          <FieldErrors id={id('/assumption')} errors={at('/assumption')} />
        </label>
      </div>
    </section>
  );
}

function toggle(list: string[] | null | undefined, value: string, on: boolean): string[] | null {
  const next = new Set(list ?? []);
  if (on) next.add(value);
  else next.delete(value);
  return next.size > 0 ? [...next] : null;
}

interface ErrorsOf {
  errorsId: string;
  errors: ProblemError[];
}

function IntervalFields({ label, value, onValue, errorsId, errors }: ErrorsOf & { label: string; value: Interval | null | undefined; onValue: (v: Interval) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="plan-row__interval">
      <legend>{label}</legend>
      <label>
        {t('plan.row.above')}
        <input inputMode="decimal" defaultValue={value?.above ?? ''} {...errorProps(errorsId, errors)}
          onBlur={(e) => onValue({ ...value, above: parseNumber(e.target.value) })} />
      </label>
      <label>
        {t('plan.row.upTo')}
        <input inputMode="decimal" defaultValue={value?.upTo ?? ''} {...errorProps(errorsId, errors)}
          onBlur={(e) => onValue({ ...value, upTo: parseNumber(e.target.value) })} />
      </label>
      <FieldErrors id={errorsId} errors={errors} />
    </fieldset>
  );
}

function Checkboxes({ legend, options, values, label, onValues, errorsId, errors }: ErrorsOf & {
  legend: string; options: readonly string[]; values: string[] | null | undefined; label?: (v: string) => string; onValues: (v: string[] | null) => void;
}) {
  return (
    <fieldset className="plan-row__choices" {...(errors.length > 0 ? { 'aria-describedby': errorsId } : {})}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="plan-row__choice">
          <input type="checkbox" checked={(values ?? []).includes(option)} onChange={(e) => onValues(toggle(values, option, e.target.checked))} />
          {label ? label(option) : option}
        </label>
      ))}
      <FieldErrors id={errorsId} errors={errors} />
    </fieldset>
  );
}

function Flag({ legend, value, onValue, errorsId, errors }: ErrorsOf & { legend: string; value: boolean | null | undefined; onValue: (v: boolean | null) => void }) {
  const { t } = useI18n();
  return (
    <label className="plan-row__field">
      {legend}
      <select value={value == null ? '' : String(value)} onChange={(e) => onValue(e.target.value === '' ? null : e.target.value === 'true')}
        {...errorProps(errorsId, errors)}>
        <option value="">{t('plan.row.any')}</option>
        <option value="true">{t('plan.row.yes')}</option>
        <option value="false">{t('plan.row.no')}</option>
      </select>
      <FieldErrors id={errorsId} errors={errors} />
    </label>
  );
}
