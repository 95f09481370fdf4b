import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n, type Translate } from '../../../i18n';
import { formatDay } from '../../moeder/time';
import { adminApi, adminKeys, type FristRuleView } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';
import { canEditPlan } from '../sections';
import { CadencesSection } from './CadencesSection';

type Spec = { duration?: string | null; workingDays?: number | null };

const unitKeys = { Y: 'frister.years', M: 'frister.months', W: 'frister.weeks', D: 'frister.days' } as const;

/** A deadline's length in words: `P4M` as "4 måneder", working days as "10 arbejdsdage"; anything else as written. */
export function specText(spec: Spec, t: Translate): string {
  if (spec.workingDays != null) return t('frister.workingDays', { count: spec.workingDays });
  const hours = /^PT(\d+)H$/.exec(spec.duration ?? '');
  if (hours) return t('frister.hours', { count: Number(hours[1]) });
  const match = /^P(\d+)([YMWD])$/.exec(spec.duration ?? '');
  if (match) return t(unitKeys[match[2] as keyof typeof unitKeys], { count: Number(match[1]) });
  return spec.duration ?? '—';
}

/** The legal deadlines with their basis, and the municipality's stricter local targets from an effective date. */
export function FristerPage() {
  const { t } = useI18n();
  usePageTitle(t('frister.title'));
  const { state } = useAuth();
  const editable = state.status === 'signedIn' && canEditPlan(state.user.roles);
  const cadenceEditor = state.status === 'signedIn' && (state.user.roles.includes('Leder') || state.user.roles.includes('Administrator'));
  const rules = useQuery({ queryKey: adminKeys.deadlineRules, queryFn: adminApi.deadlineRules });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('frister.title')}</h1>
        <p className="workspace__lead">{t('frister.lead')}</p>
      </div>
      {rules.isPending && <Loading />}
      {rules.error && <ProblemAlert error={rules.error as ApiError} />}
      {rules.data && (
        <div className="table-scroll">
          <table className="plan-table frister-table">
            <caption className="visually-hidden">{t('frister.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('frister.rule')}</th>
                <th scope="col">{t('frister.basis')}</th>
                <th scope="col">{t('frister.legal')}</th>
                <th scope="col">{t('frister.effective')}</th>
                <th scope="col">{t('frister.versions')}</th>
                {editable && <th scope="col"><span className="visually-hidden">{t('plan.rules.actions')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {rules.data.map((rule) => (
                <RuleRow key={rule.ruleId} rule={rule} editable={editable} open={open === rule.ruleId}
                  onToggle={() => setOpen(open === rule.ruleId ? null : rule.ruleId)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CadencesSection editable={cadenceEditor} />
    </div>
  );
}

function RuleRow({ rule, editable, open, onToggle }: { rule: FristRuleView; editable: boolean; open: boolean; onToggle: () => void }) {
  const { t, language } = useI18n();
  const future = rule.versions.filter((v) => v.version > rule.effectiveVersion);
  return (
    <>
      <tr>
        <th scope="row">
          {rule.name}
          {rule.note && <div className="plan-table__muted">{rule.note}</div>}
        </th>
        <td>{rule.legalBasis}</td>
        <td>{specText(rule.default, t)}</td>
        <td>
          {specText(rule.effective, t)}
          <div className="plan-table__muted">
            {rule.override ? t('frister.localSince', { date: formatDay(rule.override.effectiveFrom, language) }) : t('frister.legalDefault')}
          </div>
        </td>
        <td>
          {rule.versions.length === 0 ? '—' : t('frister.versionCount', { count: rule.versions.length })}
          {future.map((v) => (
            <div key={v.version} className="plan-table__muted">
              {t('frister.upcoming', { spec: specText(v, t), date: formatDay(v.effectiveFrom, language) })}
            </div>
          ))}
        </td>
        {editable && (
          <td>
            <button type="button" className="button button--quiet button--small" aria-expanded={open} onClick={onToggle}
              aria-label={t('frister.overrideFor', { name: rule.name })}>
              {t('frister.override')}
            </button>
          </td>
        )}
      </tr>
      {open && (
        <tr>
          <td colSpan={editable ? 6 : 5}>
            <OverrideForm rule={rule} />
          </td>
        </tr>
      )}
    </>
  );
}

function OverrideForm({ rule }: { rule: FristRuleView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'duration' | 'workingDays'>(rule.default.workingDays != null ? 'workingDays' : 'duration');
  const [value, setValue] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      adminApi.setDeadlineOverride(rule.ruleId, {
        duration: kind === 'duration' ? value.trim().toUpperCase() || null : null,
        workingDays: kind === 'workingDays' ? (value.trim() === '' ? null : Number(value)) : null,
        effectiveFrom: effectiveFrom || null,
        reason: reason || null,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.deadlineRules }),
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const valueErrors = [...findingsAt(errors, '/duration'), ...findingsAt(errors, '/workingDays')];
  const general = errors.filter((e) => !['/duration', '/workingDays', '/effectiveFrom', '/reason'].includes(e.path));
  const id = `override-${rule.ruleId}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <form className="organisation__form" onSubmit={submit} noValidate aria-label={t('frister.overrideFor', { name: rule.name })}>
      <p className="plan-section__lead">{t('frister.overrideLead', { legal: specText(rule.default, t) })}</p>
      {save.error && general.length > 0 && <ProblemAlert error={save.error as ApiError} />}
      {save.isSuccess && <p role="status">{t('frister.saved', { name: rule.name })}</p>}
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('frister.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="duration">{t('frister.kind.duration')}</option>
          <option value="workingDays">{t('frister.kind.workingDays')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>{kind === 'duration' ? t('frister.durationLabel') : t('frister.workingDaysLabel')}</label>
        <input id={`${id}-value`} value={value} inputMode={kind === 'workingDays' ? 'numeric' : undefined} onChange={(e) => setValue(e.target.value)}
          {...errorProps(`${id}-value-errors`, valueErrors)} />
        <FieldErrors id={`${id}-value-errors`} errors={valueErrors} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('frister.effectiveFrom')}</label>
        <input id={`${id}-from`} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)}
          {...errorProps(`${id}-from-errors`, findingsAt(errors, '/effectiveFrom'))} />
        <FieldErrors id={`${id}-from-errors`} errors={findingsAt(errors, '/effectiveFrom')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('frister.reason')}</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}
          {...errorProps(`${id}-reason-errors`, findingsAt(errors, '/reason'))} />
        <FieldErrors id={`${id}-reason-errors`} errors={findingsAt(errors, '/reason')} />
      </div>
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t('frister.saveOverride')}
      </button>
    </form>
  );
}
