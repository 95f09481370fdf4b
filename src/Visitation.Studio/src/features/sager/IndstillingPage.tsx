import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type ApiError, type ProblemError } from '../../api/client';
import type { paths } from '../../api/schema';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { date, dateTime, money } from './format';
import { readable } from './labels';
import { keys, sagerApi } from './sagerApi';
import { tk } from './tk';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';
import { useArrivalFocus } from './useArrivalFocus';

type Input = NonNullable<paths['/api/cases/{id}/indstillinger']['post']['requestBody']>['content']['application/json'];
type Preview = paths['/api/cases/{id}/indstillinger/preview']['post']['responses'][200]['content']['application/json'];

export const measureTypes = ['familiebehandling', 'aflastning', 'anbringelse', 'kontaktperson', 'praktisk-paedagogisk-stoette', 'tidlig-forebyggende-indsats', 'andet'];
export const units = ['timer-pr-maaned', 'timer-pr-uge', 'doegn', 'doegntakst', 'vederlag', 'kr-pr-maaned', 'kr-pr-aar'];
const cadences = ['P1M', 'P3M', 'P6M'];
const gateNames = ['barnetsPlan', 'boernesamtale', 'familieraadslagning', 'netvaerkskort', 'ledelsesgodkendelse'] as const;

interface Form {
  type: string;
  legalBasis: string;
  providerKind: string;
  providerFinancing: string;
  provider: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  start: string;
  expectedEnd: string;
  needs: string;
  goals: [string, string, string];
  followUpCadence: string;
  alternatives: string;
  gates: Record<(typeof gateNames)[number], boolean>;
  familieraadslagningReason: string;
}

function toNumber(text: string): number | null {
  const normalized = text.trim().replace(/\./g, '').replace(',', '.');
  if (!normalized) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** The API's input for the form; numbers typed the Danish way ("850,50") are read as numbers, not computed with. */
export function toInput(form: Form): Input {
  return {
    needs: form.needs,
    measure: {
      type: form.type || null,
      legalBasis: form.legalBasis || null,
      provider: form.provider || null,
      providerKind: form.providerKind || null,
      providerFinancing: form.providerFinancing || null,
    },
    scope: { quantity: toNumber(form.quantity), unit: form.unit || null, unitPrice: toNumber(form.unitPrice) },
    start: form.start || null,
    expectedEnd: form.expectedEnd || null,
    goals: form.goals.map((g) => g.trim()).filter(Boolean),
    followUpCadence: form.followUpCadence,
    alternatives: form.alternatives || null,
    gates: { ...form.gates, familieraadslagningReason: form.familieraadslagningReason || null },
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Writing the indstilling, from the pre-filled draft. While the caseworker types, the side panel asks the server who
 * would decide it (level, rule and the plan's explanation, gates and copies) and what it costs by the one cost rule,
 * and for a forum which meeting it would go on; the browser computes neither. Submitting shows where it went.
 */
export function IndstillingPage() {
  const { caseId = '' } = useParams();
  const { t, language } = useI18n();
  usePageTitle(t('sager.ind.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sag = useQuery({ queryKey: keys.case(caseId), queryFn: () => sagerApi.case(caseId) });
  const decisions = useQuery({ queryKey: keys.decisions(caseId), queryFn: () => sagerApi.decisions(caseId) });
  const existing = decisions.data?.indstillinger.find((i) => i.status === 'Kladde' || i.status === 'Tilbagesendt') ?? null;
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<ProblemError[]>([]);
  const focusFirstInvalid = useFocusFirstInvalid('.indstilling');
  useArrivalFocus(!!form);

  const draft = useQuery({
    queryKey: ['sager', 'indstilling-draft', caseId, form?.type ?? ''],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/indstillinger/draft', { params: { path: { id: caseId }, query: { measureType: form?.type || undefined } } })),
    enabled: decisions.isSuccess,
  });

  // The form starts from an indstilling being revised, else from the server's pre-filled draft.
  useEffect(() => {
    if (form || !decisions.isSuccess || !draft.data) return;
    if (existing) {
      setForm({
        type: existing.measure.type ?? '', legalBasis: existing.measure.legalBasis ?? '', providerKind: existing.measure.providerKind ?? 'intern',
        providerFinancing: existing.measure.providerFinancing ?? '', provider: existing.measure.provider ?? '',
        quantity: String(existing.scope.quantity ?? ''), unit: existing.scope.unit ?? '', unitPrice: String(existing.scope.unitPrice ?? ''),
        start: existing.start, expectedEnd: existing.expectedEnd ?? '', needs: existing.needs,
        goals: [existing.goals[0] ?? '', existing.goals[1] ?? '', existing.goals[2] ?? ''], followUpCadence: existing.followUpCadence,
        alternatives: existing.alternatives ?? '', gates: { ...existing.gates }, familieraadslagningReason: existing.gates.familieraadslagningReason ?? '',
      });
      return;
    }
    const d = draft.data;
    setForm({
      type: d.measure.type ?? '', legalBasis: d.measure.legalBasis ?? '', providerKind: 'intern', providerFinancing: '', provider: '',
      quantity: '', unit: d.scope.unit ?? '', unitPrice: '', start: '', expectedEnd: '', needs: d.needs,
      goals: ['', '', ''], followUpCadence: d.followUpCadence || 'P3M', alternatives: '',
      gates: { barnetsPlan: false, boernesamtale: false, familieraadslagning: false, netvaerkskort: false, ledelsesgodkendelse: false },
      familieraadslagningReason: '',
    });
  }, [form, decisions.isSuccess, draft.data, existing]);

  // A new measure type brings the server's suggested legal basis and unit.
  useEffect(() => {
    const suggested = draft.data?.measure;
    if (!form || !suggested || suggested.type !== form.type) return;
    if ((suggested.legalBasis && suggested.legalBasis !== form.legalBasis) || (draft.data?.scope.unit && draft.data.scope.unit !== form.unit))
      setForm((f) => ({ ...f!, legalBasis: suggested.legalBasis ?? f!.legalBasis, unit: draft.data?.scope.unit ?? f!.unit }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.data]);

  const input = useMemo(() => (form ? toInput(form) : null), [form]);
  const debounced = useDebounced(input, 250);
  const preview = useQuery({
    queryKey: ['sager', 'indstilling-preview', caseId, debounced],
    queryFn: () => unwrap(api.POST('/api/cases/{id}/indstillinger/preview', { params: { path: { id: caseId } }, body: debounced! })),
    enabled: !!debounced,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const submit = useMutation({
    mutationFn: async () => {
      const body = toInput(form!);
      const saved = existing
        ? await unwrap(api.PUT('/api/cases/{id}/indstillinger/{indstillingId}', { params: { path: { id: caseId, indstillingId: existing.id } }, body }))
        : await unwrap(api.POST('/api/cases/{id}/indstillinger', { params: { path: { id: caseId } }, body }));
      return unwrap(api.POST('/api/cases/{id}/indstillinger/{indstillingId}/submit', { params: { path: { id: caseId, indstillingId: saved.id } } }));
    },
    onSuccess: (submitted) => {
      void queryClient.invalidateQueries({ queryKey: keys.all });
      const r = submitted.routing;
      const meeting = submitted.indstilling.meeting?.startsAt ?? preview.data?.meeting?.startsAt;
      const message = r.ownCompetence
        ? t('sager.ind.wentOwn')
        : r.levelKind === 'forum'
          ? t('sager.ind.wentForum', { level: r.level, meeting: meeting ? dateTime(meeting, language) : '' })
          : t('sager.ind.wentLevel', { level: r.level });
      navigate(`/sager/${caseId}`, { state: { message } });
    },
    onError: (error: ApiError) => {
      setErrors(error.problem.errors ?? []);
      focusFirstInvalid();
    },
  });

  if (sag.isPending || decisions.isPending || !form) return sag.error ? <ProblemAlert error={sag.error as ApiError} /> : <Loading />;
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f!, ...change }));
  const errorAt = (path: string) => errors.filter((e) => e.path === path).map((e) => e.message);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    submit.mutate();
  };

  return (
    <div className="indstilling">
      <nav aria-label={t('sager.breadcrumb')} className="breadcrumb">
        <Link to="/sager">{t('sager.title')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={`/sager/${caseId}`}>
          {sag.data?.childName} ({sag.data?.caseNumber})
        </Link>
      </nav>
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('sager.ind.title')}</h1>
        <p className="workspace__lead">{t('sager.ind.lead', { child: sag.data?.childName ?? '' })}</p>
      </div>
      <div className="indstilling__layout">
        <form className="form indstilling__form" onSubmit={onSubmit} noValidate>
          {submit.error && <ProblemAlert error={submit.error as ApiError} title={t('sager.ind.notSubmitted')} />}
          <fieldset className="panel">
            <legend>{t('sager.ind.measure')}</legend>
            <div className="field-row">
              <Select id="ind-type" label={t('sager.ind.type')} value={form.type} errors={errorAt('/measure/type')}
                onChange={(type) => set({ type })} options={measureTypes.map((v) => [v, tk(t, `sager.measure.${v}`, readable(v))])} />
              <Text id="ind-legal" label={t('sager.ind.legalBasis')} value={form.legalBasis} errors={errorAt('/measure/legalBasis')}
                onChange={(legalBasis) => set({ legalBasis })} />
            </div>
            <div className="field-row">
              <Select id="ind-kind" label={t('sager.ind.providerKind')} value={form.providerKind} errors={[]}
                onChange={(providerKind) => set({ providerKind })} options={[['intern', t('sager.ind.intern')], ['ekstern', t('sager.ind.ekstern')]]} />
              <Select id="ind-financing" label={t('sager.ind.financing')} value={form.providerFinancing} errors={[]} allowEmpty
                onChange={(providerFinancing) => set({ providerFinancing })} options={[['ramme', t('sager.ind.ramme')], ['takst', t('sager.ind.takst')]]} />
              <Text id="ind-provider" label={t('sager.ind.provider')} value={form.provider} errors={errorAt('/measure/provider')}
                onChange={(provider) => set({ provider })} />
            </div>
            <div className="field-row">
              <Text id="ind-quantity" label={t('sager.ind.quantity')} value={form.quantity} errors={errorAt('/scope/quantity')} inputMode="decimal"
                onChange={(quantity) => set({ quantity })} />
              <Select id="ind-unit" label={t('sager.ind.unit')} value={form.unit} errors={errorAt('/scope/unit')}
                onChange={(unit) => set({ unit })} options={units.map((u) => [u, tk(t, `sager.unitName.${u}`, u)])} />
              <Text id="ind-price" label={t('sager.ind.unitPrice')} value={form.unitPrice} errors={errorAt('/scope/unitPrice')} inputMode="decimal"
                onChange={(unitPrice) => set({ unitPrice })} />
            </div>
            <div className="field-row">
              <Text id="ind-start" label={t('sager.ind.start')} type="date" value={form.start} errors={errorAt('/start')} onChange={(start) => set({ start })} />
              <Text id="ind-end" label={t('sager.ind.expectedEnd')} type="date" value={form.expectedEnd} errors={errorAt('/expectedEnd')}
                onChange={(expectedEnd) => set({ expectedEnd })} />
              <Select id="ind-cadence" label={t('sager.ind.cadence')} value={form.followUpCadence} errors={errorAt('/followUpCadence')}
                onChange={(followUpCadence) => set({ followUpCadence })} options={cadences.map((c) => [c, tk(t, `sager.cadence.${c}`, c)])} />
            </div>
          </fieldset>

          <fieldset className="panel">
            <legend>{t('sager.ind.content')}</legend>
            <div className={errorAt('/needs').length ? 'field field--invalid' : 'field'}>
              <label htmlFor="ind-needs">{t('sager.ind.needs')}</label>
              <textarea id="ind-needs" rows={6} value={form.needs} onChange={(e) => set({ needs: e.target.value })} aria-invalid={errorAt('/needs').length > 0 || undefined} />
              {errorAt('/needs').length > 0 && <p className="field__error">{errorAt('/needs').join(' ')}</p>}
            </div>
            {form.goals.map((goal, i) => (
              <Text key={i} id={`ind-goal-${i}`} label={t('sager.ind.goal', { n: i + 1 })} value={goal} errors={errorAt(i === 0 ? '/goals' : `/goals/${i}`)}
                onChange={(value) => set({ goals: form.goals.map((g, j) => (j === i ? value : g)) as Form['goals'] })} />
            ))}
            <Text id="ind-alternatives" label={t('sager.ind.alternatives')} value={form.alternatives} errors={[]} onChange={(alternatives) => set({ alternatives })} />
          </fieldset>

          <fieldset className="panel">
            <legend>{t('sager.ind.gates')}</legend>
            {gateNames.map((gate) => (
              <label key={gate} className="checkbox">
                <input type="checkbox" checked={form.gates[gate]} onChange={(e) => set({ gates: { ...form.gates, [gate]: e.target.checked } })}
                  aria-invalid={errorAt(`/gates/${gate}`).length > 0 || undefined} />
                {tk(t, `sager.gate.${gate}`, readable(gate))}
                {errorAt(`/gates/${gate}`).length > 0 && <span className="field__error"> {errorAt(`/gates/${gate}`).join(' ')}</span>}
              </label>
            ))}
            {!form.gates.familieraadslagning && (
              <Text id="ind-fr-reason" label={t('sager.ind.frReason')} value={form.familieraadslagningReason} errors={errorAt('/gates/familieraadslagningReason')}
                onChange={(familieraadslagningReason) => set({ familieraadslagningReason })} />
            )}
          </fieldset>

          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={submit.isPending}>
              {submit.isPending ? t('sager.ind.submitting') : t('sager.ind.submit')}
            </button>
          </div>
        </form>
        <PreviewPanel preview={preview.data} loading={preview.isFetching} />
      </div>
    </div>
  );
}

/** The live side panel: who decides and what it costs, as the server answers for what is typed now. */
function PreviewPanel({ preview, loading }: { preview: Preview | undefined; loading: boolean }) {
  const { t, language } = useI18n();
  const routing = preview?.routing;
  const cost = preview?.cost;
  return (
    <aside className="panel preview" aria-labelledby="preview-title" aria-busy={loading}>
      <h2 id="preview-title">{t('sager.ind.panel')}</h2>
      <div aria-live="polite">
        <h3>{t('sager.ind.whoDecides')}</h3>
        {routing ? (
          <>
            <p className="preview__level">
              {routing.ownCompetence ? t('sager.ind.own', { level: routing.level }) : routing.level}
            </p>
            {routing.levelKind === 'forum' && preview?.meeting && (
              <p>{t('sager.ind.nextMeeting', { forum: preview.meeting.forum, date: dateTime(preview.meeting.startsAt, language) })}</p>
            )}
            <p className="muted">{language === 'en' ? routing.explanation.en : routing.explanation.da}</p>
            <p className="muted">{t('sager.ind.rule', { rule: routing.ruleId, version: routing.planVersion })}</p>
            {routing.gates.length > 0 && (
              <>
                <h3>{t('sager.ind.gatesApply')}</h3>
                <ul className="plain">
                  {routing.gates.map((g) => {
                    const unmet = routing.unmetGates.some((u) => u.path.toLowerCase().includes(g.replace(/-/g, '')));
                    return (
                      <li key={g}>
                        {unmet ? '✗ ' : '✓ '}
                        {tk(t, `sager.gateCode.${g}`, readable(g))}: {unmet ? t('sager.ind.gateMissing') : t('sager.ind.gateMet')}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            {routing.notify.length > 0 && <p>{t('sager.ind.copies', { who: routing.notify.join(', ') })}</p>}
          </>
        ) : (
          <p className="muted">{t('sager.ind.chooseType')}</p>
        )}
        <h3>{t('sager.ind.cost')}</h3>
        {cost ? (
          <dl className="facts facts--stacked preview__cost">
            <div>
              <dt>{t('sager.ind.monthly')}</dt>
              <dd>{money(cost.monthly, language)}</dd>
            </div>
            <div>
              <dt>{t('sager.ind.thisYear')}</dt>
              <dd>{money(cost.thisYear, language)}</dd>
            </div>
            <div>
              <dt>{t('sager.ind.annual')}</dt>
              <dd>{money(cost.annual, language)}</dd>
            </div>
            <div>
              <dt>{cost.openEnded ? t('sager.ind.totalOpen') : t('sager.ind.total')}</dt>
              <dd>{money(cost.total, language)}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted">{t('sager.ind.needScope')}</p>
        )}
        {preview?.meeting && <p className="muted">{t('sager.ind.cutoff', { at: dateTime(preview.meeting.cutoffAt, language), date: date(preview.meeting.date, language) })}</p>}
      </div>
    </aside>
  );
}

function Text({ id, label, value, errors, onChange, type, inputMode }: {
  id: string; label: string; value: string; errors: string[]; onChange: (value: string) => void; type?: string; inputMode?: 'decimal';
}) {
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type ?? 'text'} inputMode={inputMode} value={value} onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.length > 0 || undefined} aria-describedby={errors.length ? `${id}-error` : undefined} />
      {errors.length > 0 && <p id={`${id}-error`} className="field__error">{errors.join(' ')}</p>}
    </div>
  );
}

function Select({ id, label, value, errors, onChange, options, allowEmpty }: {
  id: string; label: string; value: string; errors: string[]; onChange: (value: string) => void; options: string[][]; allowEmpty?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}>
        {(allowEmpty || !value) && <option value="">{t('sager.ind.choose')}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {errors.length > 0 && <p id={`${id}-error`} className="field__error">{errors.join(' ')}</p>}
    </div>
  );
}
