import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Form from '@rjsf/core';
import type { ErrorSchema } from '@rjsf/utils';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { Deadline } from './Deadline';
import { dateTime } from './format';
import { actionLabel, fieldTitle } from './labels';
import { keys, sagerApi } from './sagerApi';
import { drafts, serverErrors, uiSchemaFor, validators, withTitles, type Schema } from './taskForm';
import { useNow } from './useNow';
import { tk } from './tk';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';
import { useArrivalFocus } from './useArrivalFocus';

/**
 * One task: its case, deadline and history, and its form rendered from the flow's JSON Schema, with the actions as
 * buttons. What is typed is kept as a draft in this tab until the task is completed; the server's field errors
 * appear at their fields.
 */
export function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, language } = useI18n();
  const { state } = useAuth();
  const me = state.status === 'signedIn' ? state.user.username : '';
  const now = useNow();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const details = useQuery({ queryKey: keys.task(taskId), queryFn: () => sagerApi.task(taskId) });
  const [formData, setFormData] = useState<Record<string, unknown>>(() => drafts.read(taskId) ?? {});
  const [fieldErrors, setFieldErrors] = useState<ErrorSchema | undefined>();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [draftSaved, setDraftSaved] = useState(() => drafts.read(taskId) !== null);
  const formRef = useRef<Form>(null);
  const focusFirstInvalid = useFocusFirstInvalid('.task-form', '.has-error input, .has-error textarea, .has-error select');
  const idempotencyKey = useRef(crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`);
  const task = details.data?.task;
  usePageTitle(task?.title ?? t('sager.task.title'));

  useArrivalFocus(!!task);

  const schema = useMemo(() => (task?.formSchema ? withTitles(task.formSchema as Schema, language) : null), [task?.formSchema, language]);
  const uiSchema = useMemo(() => (schema ? uiSchemaFor(schema) : {}), [schema]);

  const claim = useMutation({
    mutationFn: () => sagerApi.claim(taskId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });

  const complete = useMutation({
    mutationFn: (action: string) => sagerApi.complete(taskId, action, schema ? formData : {}, idempotencyKey.current),
    onSuccess: (done, action) => {
      drafts.clear(taskId);
      void queryClient.invalidateQueries({ queryKey: keys.all });
      const message = t('sager.task.completed', { title: done.title, action: actionLabel(action, language) });
      navigate(done.caseId ? `/sager/${done.caseId}` : '/sager', { state: { message } });
    },
    onError: (error: ApiError) => {
      idempotencyKey.current = crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
      const { fields, other } = serverErrors(error.problem.errors ?? []);
      setFieldErrors(Object.keys(fields).length > 0 ? fields : undefined);
      setProblem(other.length > 0 || Object.keys(fields).length === 0 ? error : null);
      // Move to the first field the server refused, so a keyboard user lands where the fix is.
      if (Object.keys(fields).length > 0) focusFirstInvalid();
    },
  });

  if (details.isPending) return <Loading />;
  if (details.error) return <ProblemAlert error={details.error as ApiError} />;
  const { history } = details.data;
  const open = task!.status === 'Open' || task!.status === 'Claimed' || task!.status === 'Assigned';
  const canComplete = open && task!.canAct;

  const act = (action: string) => {
    setProblem(null);
    setFieldErrors(undefined);
    if (schema && formRef.current && !formRef.current.validateForm()) return;
    complete.mutate(action);
  };

  return (
    <div className="task-page">
      <nav aria-label={t('sager.breadcrumb')} className="breadcrumb">
        <Link to="/sager">{t('sager.title')}</Link>
        {task!.case && task!.caseId && (
          <>
            <span aria-hidden="true"> / </span>
            <Link to={`/sager/${task!.caseId}`}>
              {task!.case.childName} ({task!.case.caseNumber})
            </Link>
          </>
        )}
      </nav>
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{task!.title}</h1>
        {task!.case && (
          <p className="workspace__lead">
            {task!.case.childName}
            {task!.case.cpr && <span className="worklist__cpr"> {task!.case.cpr}</span>}
          </p>
        )}
      </div>

      <dl className="facts">
        <div>
          <dt>{t('sager.col.due')}</dt>
          <dd>
            <Deadline dueAt={task!.dueAt} now={now} />
          </dd>
        </div>
        <div>
          <dt>{t('sager.col.assignee')}</dt>
          <dd>{task!.assignee ? (task!.assignee === me ? t('sager.list.me') : task!.assignee) : t('sager.list.nobody')}</dd>
        </div>
        <div>
          <dt>{t('sager.task.status')}</dt>
          <dd>{tk(t, `sager.status.${task!.status}`, task!.status)}</dd>
        </div>
      </dl>
      {task!.description && <p>{task!.description}</p>}

      {claim.error && <ProblemAlert error={claim.error as ApiError} />}
      {open && !task!.assignee && task!.canAct && (
        <div className="notice">
          <p>{t('sager.task.unclaimed')}</p>
          <button type="button" className="button" onClick={() => claim.mutate()} disabled={claim.isPending}>
            {t('sager.list.claim')}
          </button>
        </div>
      )}
      {open && !task!.canAct && <p className="notice">{t('sager.task.cannotAct')}</p>}

      {canComplete && (
        <section className="panel task-form" aria-labelledby="task-form-title">
          <h2 id="task-form-title">{schema ? t('sager.task.form') : t('sager.task.decide')}</h2>
          {problem && <ProblemAlert error={problem} title={t('sager.task.refused')} />}
          {schema && (
            <Form
              ref={formRef}
              schema={schema}
              uiSchema={uiSchema}
              formData={formData}
              validator={validators[language]}
              extraErrors={fieldErrors}
              showErrorList={false}
              noHtml5Validate
              focusOnFirstError
              onChange={(event) => {
                const data = (event.formData ?? {}) as Record<string, unknown>;
                setFormData(data);
                drafts.write(taskId, data);
                setDraftSaved(true);
                if (fieldErrors) setFieldErrors(undefined);
              }}
              onSubmit={() => undefined}
            />
          )}
          {schema && draftSaved && (
            <p className="muted draft-note" role="status">
              {t('sager.task.draftKept')}
            </p>
          )}
          <div className="task-actions" role="group" aria-label={t('sager.task.actions')}>
            {task!.actions.map((action, index) => (
              <button
                key={action}
                type="button"
                className={index === 0 ? 'button button--primary' : 'button'}
                onClick={() => act(action)}
                disabled={complete.isPending}
              >
                {actionLabel(action, language)}
              </button>
            ))}
          </div>
        </section>
      )}

      {!open && task!.completedData && (
        <section className="panel" aria-labelledby="task-entered-title">
          <h2 id="task-entered-title">{t('sager.task.entered')}</h2>
          <EnteredData data={task!.completedData as Record<string, unknown>} action={task!.completedAction} />
        </section>
      )}

      <section className="panel" aria-labelledby="task-history-title">
        <h2 id="task-history-title">{t('sager.task.history')}</h2>
        <ol className="history">
          {history.map((event, index) => (
            <li key={index}>
              <time dateTime={event.at}>{dateTime(event.at, language)}</time>{' '}
              {tk(t, `sager.event.${event.kind}`, event.kind, { actor: event.actor, assignee: event.assignee ?? '' })}
              {event.reason && <span className="history__reason"> – {event.reason}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** What was entered on a completed task, field by field. */
export function EnteredData({ data, action }: { data: Record<string, unknown> | null | undefined; action?: string | null }) {
  const { t, language } = useI18n();
  return (
    <dl className="entered">
      {action && (
        <div>
          <dt>{t('sager.task.action')}</dt>
          <dd>{actionLabel(action, language)}</dd>
        </div>
      )}
      {Object.entries(data ?? {}).map(([name, value]) => (
        <div key={name}>
          <dt>{fieldTitle(name, language)}</dt>
          <dd>{typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
