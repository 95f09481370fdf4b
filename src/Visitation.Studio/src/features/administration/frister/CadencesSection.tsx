import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n, type Translate } from '../../../i18n';
import { formatInstant } from '../../moeder/time';
import { adminApi, adminKeys } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';

const scopes = ['IndsatsType', 'Spor', 'Team'] as const;

/** Steps as the server keeps them, in words: "P3M × 2, derefter P6M". */
export function stepsText(steps: readonly { interval: string; antal?: number | null }[], t: Translate): string {
  return steps.map((s) => (s.antal ? `${s.interval} × ${s.antal}` : s.interval)).join(t('kadence.then'));
}

/** "P3M x 2, P6M" as steps; the last repeats. Null when a step cannot be read. */
export function parseSteps(text: string): { interval: string; antal: number | null }[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  const steps = parts.map((part) => {
    const match = /^(P[0-9A-Z]+)\s*(?:[x×*]\s*(\d+))?$/i.exec(part);
    return match ? { interval: match[1]!.toUpperCase(), antal: match[2] ? Number(match[2]) : null } : null;
  });
  return steps.every((s) => s !== null) ? (steps as { interval: string; antal: number | null }[]) : null;
}

/** Follow-up cadences: the law's default, which rule wins, the municipality's rules per measure type, track and team. */
export function CadencesSection({ editable }: { editable: boolean }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const cadences = useQuery({ queryKey: adminKeys.cadences, queryFn: adminApi.cadences });
  const [form, setForm] = useState({ omfang: 'IndsatsType', noegle: '', steps: '', begrundelse: '' });
  const [stepsError, setStepsError] = useState(false);
  const save = useMutation({
    mutationFn: (trin: { interval: string; antal: number | null }[]) =>
      adminApi.setCadence(form.omfang, form.noegle.trim(), { trin, begrundelse: form.begrundelse || null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.cadences }),
  });
  const remove = useMutation({
    mutationFn: (rule: { omfang: string; noegle: string }) => adminApi.removeCadence(rule.omfang, rule.noegle),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.cadences }),
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const stepErrors = [
    ...(stepsError ? [{ path: '/trin', code: 'format', message: t('kadence.stepsFormat') }] : []),
    ...errors.filter((e) => e.path.startsWith('/trin')),
  ];
  const general = errors.filter((e) => !e.path.startsWith('/trin') && e.path !== '/begrundelse');

  function submit(event: FormEvent) {
    event.preventDefault();
    const steps = parseSteps(form.steps);
    setStepsError(steps === null || steps.length === 0);
    if (steps && steps.length > 0) save.mutate(steps);
  }

  return (
    <section className="plan-section" aria-labelledby="cadences-title">
      <h2 id="cadences-title">{t('kadence.title')}</h2>
      <p className="plan-section__lead">{t('kadence.lead')}</p>
      {cadences.isPending && <Loading />}
      {cadences.error && <ProblemAlert error={cadences.error as ApiError} />}
      {cadences.data && (
        <>
          <p>{t('kadence.legal', { steps: stepsText(cadences.data.lovensStandard, t) })}</p>
          <h3>{t('kadence.precedence')}</h3>
          <ol className="kadence__precedence">
            {cadences.data.praecedens.map((p) => (
              <li key={p}>{scopeName(p, t)}</li>
            ))}
          </ol>
          {cadences.data.regler.length === 0 ? (
            <p>{t('kadence.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="plan-table">
                <caption>{t('kadence.rules')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('kadence.scope')}</th>
                    <th scope="col">{t('kadence.key')}</th>
                    <th scope="col">{t('kadence.cadence')}</th>
                    <th scope="col">{t('kadence.reason')}</th>
                    <th scope="col">{t('kadence.changed')}</th>
                    {editable && <th scope="col"><span className="visually-hidden">{t('plan.rules.actions')}</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {cadences.data.regler.map((rule) => (
                    <tr key={rule.id}>
                      <td>{scopeName(rule.omfang, t)}</td>
                      <td>{rule.noegle}</td>
                      <td>{rule.beskrivelse}</td>
                      <td>{rule.begrundelse ?? '—'}</td>
                      <td>{`${rule.aendretAf}, ${formatInstant(rule.aendretAt, language)}`}</td>
                      {editable && (
                        <td>
                          <button type="button" className="button button--quiet button--small" disabled={remove.isPending}
                            aria-label={t('kadence.remove', { key: rule.noegle })} onClick={() => remove.mutate(rule)}>
                            ✕
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {remove.error && <ProblemAlert error={remove.error as ApiError} />}
        </>
      )}
      {editable && (
        <form className="organisation__form" noValidate onSubmit={submit} aria-labelledby="cadence-form-title">
          <h3 id="cadence-form-title">{t('kadence.set')}</h3>
          {save.error && general.length > 0 && <ProblemAlert error={save.error as ApiError} />}
          {save.isSuccess && <p role="status">{t('kadence.saved', { key: form.noegle })}</p>}
          <div className="field">
            <label htmlFor="cadence-scope">{t('kadence.scope')}</label>
            <select id="cadence-scope" value={form.omfang} onChange={(e) => setForm({ ...form, omfang: e.target.value })}>
              {scopes.map((s) => (
                <option key={s} value={s}>
                  {scopeName(s, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cadence-key">{t('kadence.keyLabel')}</label>
            <input id="cadence-key" value={form.noegle} onChange={(e) => setForm({ ...form, noegle: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="cadence-steps">{t('kadence.stepsLabel')}</label>
            <input id="cadence-steps" value={form.steps} onChange={(e) => setForm({ ...form, steps: e.target.value })}
              {...errorProps('cadence-steps-errors', stepErrors)} />
            <FieldErrors id="cadence-steps-errors" errors={stepErrors} />
          </div>
          <div className="field">
            <label htmlFor="cadence-reason">{t('kadence.reason')}</label>
            <input id="cadence-reason" value={form.begrundelse} onChange={(e) => setForm({ ...form, begrundelse: e.target.value })}
              {...errorProps('cadence-reason-errors', errors.filter((e) => e.path === '/begrundelse'))} />
            <FieldErrors id="cadence-reason-errors" errors={errors.filter((e) => e.path === '/begrundelse')} />
          </div>
          <button type="submit" className="button button--primary" disabled={save.isPending || !form.noegle.trim()}>
            {t('kadence.save')}
          </button>
        </form>
      )}
    </section>
  );
}

const scopeKeys = {
  Sag: 'kadence.scope.Sag',
  Forum: 'kadence.scope.Forum',
  IndsatsType: 'kadence.scope.IndsatsType',
  Spor: 'kadence.scope.Spor',
  Team: 'kadence.scope.Team',
  Lov: 'kadence.scope.Lov',
} as const;

function scopeName(scope: string, t: Translate) {
  return scope in scopeKeys ? t(scopeKeys[scope as keyof typeof scopeKeys]) : scope;
}
