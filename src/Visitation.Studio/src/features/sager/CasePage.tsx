import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n, type Translate } from '../../i18n';
import { dutiesApi, dutyKeys } from '../moeder/dutiesApi';
import { CaseDuties } from './CaseDuties';
import { Deadline } from './Deadline';
import { MatchingPanel } from './MatchingPanel';
import { NextStepText } from './NextStepText';
import { date, dateTime, money } from './format';
import { actionLabel, readable } from './labels';
import { keys, readBase64, sagerApi, useColleagues, type TimelineEntry } from './sagerApi';
import { EnteredData } from './TaskPage';
import { tk } from './tk';
import { useNow } from './useNow';
import { useArrivalFocus } from './useArrivalFocus';

/**
 * The case page: the child (CPR masked until revealed, which the server audits), custody holders, tovholder, what the
 * case waits for, its open tasks, indstillinger and decisions, orders, documents and one timeline of everything done.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, language } = useI18n();
  const location = useLocation();
  const message = (location.state as { message?: string } | null)?.message;
  const now = useNow();
  const sag = useQuery({ queryKey: keys.case(caseId), queryFn: () => sagerApi.case(caseId) });
  const next = useQuery({ queryKey: keys.nextStep(caseId), queryFn: () => sagerApi.nextStep(caseId) });
  const tasks = useQuery({ queryKey: keys.caseTasks(caseId), queryFn: () => sagerApi.caseTasks(caseId) });
  const timeline = useQuery({ queryKey: keys.timeline(caseId), queryFn: () => sagerApi.timeline(caseId) });
  const orders = useQuery({ queryKey: keys.orders(caseId), queryFn: () => sagerApi.orders(caseId) });
  const decisions = useQuery({ queryKey: keys.decisions(caseId), queryFn: () => sagerApi.decisions(caseId) });
  const duties = useQuery({ queryKey: dutyKeys.ofCase(caseId), queryFn: () => dutiesApi.ofCase(caseId) });
  usePageTitle(sag.data?.childName ?? t('sager.case.title'));
  useArrivalFocus(!!sag.data);

  if (sag.isPending) return <Loading />;
  if (sag.error) return <ProblemAlert error={sag.error as ApiError} />;
  const c = sag.data;
  const granted = [...(decisions.data?.indstillinger ?? [])].reverse().find((i) => i.status === 'Afgjort') ?? null;
  const openTasks = (tasks.data?.items ?? []).filter((task) => task.status === 'Open' || task.status === 'Claimed' || task.status === 'Assigned');

  return (
    <div className="case-page">
      <nav aria-label={t('sager.breadcrumb')} className="breadcrumb">
        <Link to="/sager">{t('sager.title')}</Link>
      </nav>
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{c.childName}</h1>
        <p className="workspace__lead">
          {t('sager.list.caseNumber', { number: c.caseNumber })} · {t(`sager.case.status.${c.status}` as const)}
        </p>
      </div>
      {message && (
        <p className="success" role="status">
          {message}
        </p>
      )}

      <section className="panel panel--accent" aria-labelledby="case-next-title">
        <h2 id="case-next-title">{t('sager.case.next')}</h2>
        {next.data ? (
          <p className="case-next">
            <NextStepText step={next.data} now={now} />
            {next.data.code === 'indstilling' && (
              <Link className="button button--primary" to={`/sager/${c.id}/indstilling`}>
                {t('sager.case.writeIndstilling')}
              </Link>
            )}
            {next.data.code === 'opgave' && next.data.taskId && (
              <Link className="button button--primary" to={`/sager/opgaver/${encodeURIComponent(next.data.taskId)}`}>
                {t('sager.case.openTask')}
              </Link>
            )}
          </p>
        ) : (
          <Loading />
        )}
      </section>

      {next.data?.code === 'matchning' && granted && <MatchingPanel caseId={c.id} indstillingId={granted.id} needs={granted.needs} />}

      <div className="case-grid">
        <section className="panel" aria-labelledby="case-child-title">
          <h2 id="case-child-title">{t('sager.case.child')}</h2>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('sager.case.name')}</dt>
              <dd>{c.childName}</dd>
            </div>
            <div>
              <dt>{t('sager.case.cpr')}</dt>
              <dd>
                <CprReveal caseId={c.id} masked={c.cpr ?? null} />
              </dd>
            </div>
            {c.dateOfBirth && (
              <div>
                <dt>{c.unborn ? t('sager.case.expected') : t('sager.case.born')}</dt>
                <dd>{date(c.dateOfBirth, language)}</dd>
              </div>
            )}
          </dl>
        </section>

        <section className="panel" aria-labelledby="case-people-title">
          <h2 id="case-people-title">{t('sager.case.people')}</h2>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('sager.case.tovholder')}</dt>
              <dd>
                {c.tovholder}
                {c.handoverTo && <span className="muted"> ({t('sager.case.handoverTo', { to: c.handoverTo })})</span>}
                <CaseHandover caseId={c.id} tovholder={c.tovholder} handoverTo={c.handoverTo ?? null} />
              </dd>
            </div>
            <div>
              <dt>{t('sager.case.custody')}</dt>
              <dd>
                {c.custodyHolders.length === 0 ? (
                  t('sager.case.none')
                ) : (
                  <ul className="plain">
                    {c.custodyHolders.map((h) => (
                      <li key={h.id}>
                        {h.name}
                        {h.relation && <span className="muted"> ({h.relation})</span>}
                        {h.contact && <span className="muted"> · {h.contact}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            {c.siblings.length > 0 && (
              <div>
                <dt>{t('sager.case.siblings')}</dt>
                <dd>
                  <ul className="plain">
                    {c.siblings.map((s) => (
                      <li key={s.id}>
                        <Link to={`/sager/${s.id}`}>
                          {s.childName} ({s.caseNumber})
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </section>
      </div>

      <section className="panel" aria-labelledby="case-tasks-title">
        <h2 id="case-tasks-title">{t('sager.case.tasks')}</h2>
        {openTasks.length === 0 ? (
          <p className="muted">{t('sager.case.noTasks')}</p>
        ) : (
          <ul className="case-tasks">
            {openTasks.map((task) => (
              <li key={task.id}>
                <Link to={`/sager/opgaver/${encodeURIComponent(task.id)}`}>{task.title}</Link>
                <Deadline dueAt={task.dueAt} now={now} compact />
                <span className="muted">{task.assignee ?? t('sager.list.nobody')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="case-us-title">
        <h2 id="case-us-title">{t('sager.us.title')}</h2>
        <p className="muted">{t('sager.case.usLead')}</p>
        <Link className="button" to={`/sager/${c.id}/undersoegelse`}>
          {t('sager.case.openUs')}
        </Link>
      </section>

      <section className="panel" aria-labelledby="case-decisions-title">
        <h2 id="case-decisions-title">{t('sager.case.indstillinger')}</h2>
        {decisions.data && decisions.data.indstillinger.length === 0 && <p className="muted">{t('sager.case.noIndstillinger')}</p>}
        <ul className="plain stack">
          {decisions.data?.indstillinger.map((i) => (
            <li key={i.id} className="card">
              <p>
                <strong>{readable(i.measure.type ?? '')}</strong> · {tk(t, `sager.indstilling.status.${i.status}`, i.status)}
              </p>
              <p className="muted">
                {i.scope.quantity} {tk(t, `sager.unitName.${i.scope.unit}`, i.scope.unit ?? '')} · {date(i.start, language)}
                {i.expectedEnd && ` – ${date(i.expectedEnd, language)}`} · {t('sager.case.costTotal', { amount: money(i.costTotal, language) })}
              </p>
              {i.routing && (
                <p>
                  {i.routing.ownCompetence ? t('sager.case.routedOwn') : t('sager.case.routedTo', { level: i.routing.level })}
                </p>
              )}
              {i.meeting && (
                <p>
                  {t('sager.case.meeting', { forum: i.meeting.forum, date: dateTime(i.meeting.startsAt, language) })}
                </p>
              )}
              <CaseDuties caseId={c.id} duties={(duties.data ?? []).filter((d) => d.indstillingId === i.id && d.state !== 'Annulleret')} />
            </li>
          ))}
          {decisions.data?.decisions.map((d) => (
            <li key={d.id} className="card">
              <p>
                <strong>{t('sager.case.decision', { outcome: tk(t, `sager.outcome.${d.outcome}`, d.outcome) })}</strong> ·{' '}
                {dateTime(d.decidedAt, language)} · {d.level}
              </p>
              <p>{d.rationale}</p>
              <p className="case-letter-links">
                <a href={`/api/cases/${c.id}/decisions/${d.id}/letter`} target="_blank" rel="noreferrer">
                  {t('sager.case.letter')}
                </a>
                {' · '}
                <a href={`/api/cases/${c.id}/decisions/${d.id}/letter.pdf`} download>
                  {t('sager.case.letterPdf')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>

      {orders.data && orders.data.length > 0 && (
        <section className="panel" aria-labelledby="case-orders-title">
          <h2 id="case-orders-title">{t('sager.case.orders')}</h2>
          <ul className="plain stack">
            {orders.data.map((o) => (
              <li key={o.id} className="card">
                <p>
                  <strong>{o.provider}</strong> · {tk(t, `sager.order.status.${o.status}`, o.status)}
                </p>
                <p className="muted">
                  {readable(o.measureType)} · {o.quantity} {tk(t, `sager.unitName.${o.unit}`, o.unit)} · {money(o.unitPrice, language)} · {date(o.start, language)}
                  {o.end && ` – ${date(o.end, language)}`}
                </p>
                <p className="muted">{t('sager.order.sent', { at: dateTime(o.sentAt, language) })}</p>
                {o.answeredAt && (
                  <p>
                    {t('sager.order.answered', { at: dateTime(o.answeredAt, language), by: o.answeredBy ?? '' })}
                    {o.reason && <>: „{o.reason}“</>}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <Documents caseId={c.id} documents={c.documents} />

      <section className="panel" aria-labelledby="case-timeline-title">
        <h2 id="case-timeline-title">{t('sager.case.timeline')}</h2>
        {timeline.isPending ? (
          <Loading />
        ) : (
          <ol className="timeline">
            {(timeline.data ?? []).map((entry, index) => (
              <li key={index} className={`timeline__entry timeline__entry--${entry.kind}`}>
                <time dateTime={entry.at}>{dateTime(entry.at, language)}</time>
                <div>
                  <p className="timeline__what">{timelineText(entry, t, language)}</p>
                  {entry.actor && <p className="muted">{t('sager.timeline.by', { actor: entry.actor })}</p>}
                  {entry.text && <p className="timeline__text">{entry.text}</p>}
                  {entry.kind === 'opgave' && entry.data?.data != null && (
                    <EnteredData data={entry.data.data as Record<string, unknown>} />
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** The timeline entry in plain words, by its stable code. */
export function timelineText(entry: TimelineEntry, t: Translate, language: 'da' | 'en'): string {
  switch (entry.kind) {
    case 'opgave': {
      const action = (entry.data?.action as string | undefined) ?? '';
      return t('sager.timeline.task', { title: entry.title ?? '', action: action ? actionLabel(action, language) : '' });
    }
    case 'afgoerelse': {
      const outcome = entry.code.replace('afgoerelse.', '');
      return t('sager.timeline.decision', { outcome: tk(t, `sager.outcome.${outcome}`, outcome), level: entry.title ?? '' });
    }
    case 'underretning':
      return t(entry.code === 'underretning.genvurdering' ? 'sager.timeline.underretningAgain' : 'sager.timeline.underretning', {
        notifier: tk(t, `sager.notifier.${entry.title}`, entry.title ?? ''),
      });
    case 'dokument':
      return t('sager.timeline.document', { title: entry.title ?? '' });
    case 'bestilling':
      return tk(t, `sager.timeline.${entry.code}`, t('sager.timeline.other'), { provider: entry.title ?? '' });
    default:
      return tk(t, `sager.timeline.${entry.code}`, t('sager.timeline.other'));
  }
}

/** The tovholder offers the case to a colleague; the colleague accepts or declines it here. */
function CaseHandover({ caseId, tovholder, handoverTo }: { caseId: string; tovholder: string; handoverTo: string | null }) {
  const { t } = useI18n();
  const { state } = useAuth();
  const me = state.status === 'signedIn' ? state.user.username : '';
  const queryClient = useQueryClient();
  const colleagues = useColleagues();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const done = () => {
    setOpen(false);
    return queryClient.invalidateQueries({ queryKey: keys.all });
  };
  const offer = useMutation({
    mutationFn: () => unwrap(api.POST('/api/cases/{id}/handover', { params: { path: { id: caseId } }, body: { to } })),
    onSuccess: done,
  });
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      accept
        ? unwrap(api.POST('/api/cases/{id}/handover/accept', { params: { path: { id: caseId } } }))
        : unwrap(api.POST('/api/cases/{id}/handover/decline', { params: { path: { id: caseId } } })),
    onSuccess: done,
  });
  const error = (offer.error ?? answer.error) as ApiError | null;
  if (handoverTo === me) {
    return (
      <span className="handover">
        <button type="button" className="button button--small" onClick={() => answer.mutate(true)} disabled={answer.isPending}>
          {t('sager.case.acceptHandover')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => answer.mutate(false)} disabled={answer.isPending}>
          {t('sager.case.declineHandover')}
        </button>
        {error && <ProblemAlert error={error} />}
      </span>
    );
  }
  if (tovholder !== me || handoverTo) return null;
  const caseworkers = (colleagues.data ?? []).filter((c) => c.username !== me && c.roles.some((r) => r === 'Raadgiver' || r === 'Leder'));
  return (
    <span className="handover">
      {!open ? (
        <button type="button" className="button button--small button--ghost" onClick={() => setOpen(true)}>
          {t('sager.case.handover')}
        </button>
      ) : (
        <form className="handover__form" onSubmit={(e) => { e.preventDefault(); if (to) offer.mutate(); }}>
          <label htmlFor="case-handover-to">{t('sager.handover.to')}</label>
          <select id="case-handover-to" value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('sager.handover.choose')}</option>
            {caseworkers.map((c) => (
              <option key={c.username} value={c.username}>
                {c.displayName ? `${c.displayName} (${c.username})` : c.username}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={!to || offer.isPending}>
            {t('sager.case.offerHandover')}
          </button>
        </form>
      )}
      {error && <ProblemAlert error={error} />}
    </span>
  );
}

function CprReveal({ caseId, masked }: { caseId: string; masked: string | null }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => sagerApi.revealCpr(caseId),
    onSuccess: (result) => setShown(result.cpr ?? null),
  });
  if (!masked) return <>{t('sager.case.noCpr')}</>;
  return (
    <span className="cpr">
      <span className="cpr__value" aria-live="polite">
        {shown ?? masked}
      </span>
      {shown ? (
        <button type="button" className="button button--small button--ghost" onClick={() => setShown(null)}>
          {t('sager.case.hideCpr')}
        </button>
      ) : (
        <button type="button" className="button button--small button--ghost" onClick={() => reveal.mutate()} disabled={reveal.isPending}
          aria-describedby="cpr-audit-note">
          {t('sager.case.showCpr')}
        </button>
      )}
      <span id="cpr-audit-note" className="muted cpr__note">
        {t('sager.case.cprAudited')}
      </span>
      {reveal.error && <ProblemAlert error={reveal.error as ApiError} />}
    </span>
  );
}

function Documents({ caseId, documents }: { caseId: string; documents: { id: string; title: string; fileName: string; size: number; addedAt: string; addedBy: string }[] }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const upload = useMutation({
    mutationFn: async () => {
      const content = await readBase64(file!);
      return sagerApi.addDocument(caseId, {
        title: title.trim() || file!.name,
        fileName: file!.name,
        contentType: file!.type || 'application/octet-stream',
        content,
      });
    },
    onSuccess: () => {
      setFile(null);
      setTitle('');
      setInputKey((k) => k + 1);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate();
  };
  return (
    <section className="panel" aria-labelledby="case-documents-title">
      <h2 id="case-documents-title">{t('sager.case.documents')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('sager.case.noDocuments')}</p>
      ) : (
        <ul className="documents">
          {documents.map((d) => (
            <li key={d.id}>
              <a href={sagerApi.documentUrl(caseId, d.id)} download={d.fileName}>
                {d.title}
              </a>
              <span className="muted">
                {' '}
                {d.fileName} · {Math.max(1, Math.round(d.size / 1024))} kB · {dateTime(d.addedAt, language)} · {d.addedBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="upload" onSubmit={submit}>
        {upload.error && <ProblemAlert error={upload.error as ApiError} />}
        <div className="field">
          <label htmlFor="document-file">{t('sager.case.file')}</label>
          <input key={inputKey} id="document-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field">
          <label htmlFor="document-title">{t('sager.case.documentTitle')}</label>
          <input id="document-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {t('sager.case.upload')}
        </button>
      </form>
    </section>
  );
}
