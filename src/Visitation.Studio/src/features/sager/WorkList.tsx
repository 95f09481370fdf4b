import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { Deadline } from './Deadline';
import { Dialog } from './Dialog';
import { NextStepText } from './NextStepText';
import { keys, sagerApi, useColleagues, useTasks, useWaiting, type Task } from './sagerApi';
import { pageSizes, readParams, sorts, views, writeParams, type View, type WorkListParams } from './worklistParams';
import { useNow } from './useNow';
import { useArrivalFocus } from './useArrivalFocus';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Task>();

/** The caseworker's work list: views, search, sort and page in the URL; claim, give back and hand over with a reason. */
export function WorkList() {
  const { t, language } = useI18n();
  const { state } = useAuth();
  const user = state.status === 'signedIn' ? state.user : null;
  const isLeader = !!user?.roles.some((r) => r === 'Leder' || r === 'Administrator');
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const now = useNow();
  const queryClient = useQueryClient();
  const tasks = useTasks(params);
  const waiting = useWaiting(params.view === 'mine' && params.page === 0 && !params.q);
  const [handover, setHandover] = useState<Task | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useArrivalFocus(true);

  const update = (change: Partial<WorkListParams>) => {
    const next = { ...params, ...change };
    if (!('page' in change)) next.page = 0;
    setSearch(writeParams(next), { replace: 'q' in change });
  };

  const act = useMutation({
    mutationFn: ({ task, kind }: { task: Task; kind: 'claim' | 'unclaim' }) =>
      kind === 'claim' ? sagerApi.claim(task.id) : sagerApi.unclaim(task.id),
    onSuccess: (_, { task, kind }) => {
      setActionError(null);
      setAnnouncement(t(kind === 'claim' ? 'sager.list.claimed' : 'sager.list.unclaimed', { title: task.title }));
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
    onError: (error: ApiError) => setActionError(error),
  });

  const availableViews = views.filter((v) => v !== 'team' || isLeader);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('dueAt', {
          id: 'due',
          header: () => t('sager.col.due'),
          cell: (info) => <Deadline dueAt={info.getValue()} now={now} />,
        }),
        helper.display({
          id: 'child',
          header: () => t('sager.col.child'),
          cell: ({ row }) =>
            row.original.case ? (
              <span className="worklist__child">
                <span className="worklist__child-name">{row.original.case.childName}</span>
                {row.original.case.cpr && <span className="worklist__cpr">{row.original.case.cpr}</span>}
              </span>
            ) : (
              <span className="muted">—</span>
            ),
        }),
        helper.display({
          id: 'task',
          header: () => t('sager.col.task'),
          cell: ({ row }) => (
            <span className="worklist__task">
              <Link to={`/sager/opgaver/${encodeURIComponent(row.original.id)}`}>{row.original.title}</Link>
              {row.original.case && row.original.caseId && (
                <Link className="worklist__case" to={`/sager/${row.original.caseId}`}>
                  {t('sager.list.caseNumber', { number: row.original.case.caseNumber })}
                </Link>
              )}
            </span>
          ),
        }),
        helper.display({
          id: 'assignee',
          header: () => t('sager.col.assignee'),
          cell: ({ row }) =>
            row.original.assignee ? (
              row.original.assignee === user?.username ? t('sager.list.me') : row.original.assignee
            ) : (
              <span className="muted">{t('sager.list.nobody')}</span>
            ),
        }),
        helper.display({
          id: 'actions',
          header: () => <span className="visually-hidden">{t('sager.col.actions')}</span>,
          cell: ({ row }) => {
            const task = row.original;
            const mine = task.assignee === user?.username;
            const mayHandOver = task.canAct && !!task.assignee && (mine || isLeader);
            return (
              <span className="worklist__actions">
                {!task.assignee && task.canAct && (
                  <button type="button" className="button button--small" disabled={act.isPending}
                    onClick={() => act.mutate({ task, kind: 'claim' })}>
                    {t('sager.list.claim')}
                    <span className="visually-hidden">: {task.title}, {task.case?.childName}</span>
                  </button>
                )}
                {(mine || (isLeader && task.assignee)) && (
                  <button type="button" className="button button--small button--ghost" disabled={act.isPending}
                    onClick={() => act.mutate({ task, kind: 'unclaim' })}>
                    {t('sager.list.unclaim')}
                    <span className="visually-hidden">: {task.title}, {task.case?.childName}</span>
                  </button>
                )}
                {(mayHandOver || (isLeader && task.assignee)) && (
                  <button type="button" className="button button--small button--ghost" onClick={() => setHandover(task)}>
                    {t('sager.list.handover')}
                    <span className="visually-hidden">: {task.title}, {task.case?.childName}</span>
                  </button>
                )}
              </span>
            );
          },
        }),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language, now, user?.username, isLeader, act.isPending],
  );

  const data = tasks.data?.items ?? emptyTasks;
  const table = useTable({ features, columns, data, getRowId: (row) => row.id });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  // Without a layout (a test's DOM), every row is shown; in a browser only those in view and a few more.
  const visible = items.length > 0 || rows.length === 0 ? items : rows.map((_, index) => ({ index, start: 0, end: 0, key: index }));
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const total = tasks.data?.total ?? 0;
  const first = total === 0 ? 0 : params.page * params.size + 1;
  const last = Math.min(total, (params.page + 1) * params.size);
  const pages = Math.max(1, Math.ceil(total / params.size));

  return (
    <div className="worklist">
      <div className="worklist__toolbar">
        <nav aria-label={t('sager.list.views')} className="segmented">
          {availableViews.map((view) => (
            <Link
              key={view}
              to={{ search: writeParams({ ...params, view, page: 0 }).toString() }}
              className="segmented__option"
              aria-current={params.view === view ? 'page' : undefined}
            >
              {t(`sager.view.${view}` as const)}
            </Link>
          ))}
        </nav>
        <Link to="/sager/ny-underretning" className="button button--primary">
          {t('sager.list.register')}
        </Link>
      </div>

      <SearchBar params={params} onChange={update} />

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {actionError && <ProblemAlert error={actionError} />}
      {tasks.error && <ProblemAlert error={tasks.error as ApiError} />}

      <section aria-labelledby="worklist-title" className="panel">
        <div className="panel__head">
          <h2 id="worklist-title">{t(`sager.view.${params.view}.title` as const)}</h2>
          <p className="muted" aria-live="polite">
            {tasks.isPending ? t('app.loading') : t('sager.list.showing', { first, last, total })}
          </p>
        </div>
        {tasks.isPending ? (
          <Loading />
        ) : rows.length === 0 ? (
          <p className="worklist__empty">{params.q ? t('sager.list.noMatch', { q: params.q }) : t(`sager.view.${params.view}.empty` as const)}</p>
        ) : (
          <div ref={scrollRef} className="worklist__scroll" tabIndex={-1}>
            <table className="worklist__table" aria-labelledby="worklist-title" aria-rowcount={total + 1} aria-busy={tasks.isFetching}>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id} aria-rowindex={1}>
                    {group.headers.map((header) => (
                      <th key={header.id} scope="col" className={`worklist__th worklist__th--${header.column.id}`}>
                        <table.FlexRender header={header} />
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
              <tbody>
                {paddingTop > 0 && (
                  <tr aria-hidden="true">
                    <td style={{ height: paddingTop }} colSpan={columns.length} />
                  </tr>
                )}
                {visible.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  const task = row.original;
                  return (
                    <tr
                      key={row.id}
                      data-index={item.index}
                      ref={items.length > 0 ? virtualizer.measureElement : undefined}
                      aria-rowindex={params.page * params.size + item.index + 2}
                      className={task.overdue ? 'worklist__row worklist__row--overdue' : 'worklist__row'}
                    >
                      {row.getAllCells().map((cell) => (
                        <td key={cell.id} className={`worklist__td worklist__td--${cell.column.id}`}>
                          <table.FlexRender cell={cell} />
                        </td>
                      ))}
                    </tr>
                  );
                })}
                {paddingBottom > 0 && (
                  <tr aria-hidden="true">
                    <td style={{ height: paddingBottom }} colSpan={columns.length} />
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        )}
        <div className="pager">
          <button type="button" className="button button--small" disabled={params.page === 0} onClick={() => update({ page: params.page - 1 })}>
            {t('sager.list.previous')}
          </button>
          <span>{t('sager.list.page', { page: params.page + 1, pages })}</span>
          <button type="button" className="button button--small" disabled={params.page + 1 >= pages} onClick={() => update({ page: params.page + 1 })}>
            {t('sager.list.next')}
          </button>
        </div>
      </section>

      {waiting.data && waiting.data.length > 0 && (
        <section aria-labelledby="waiting-title" className="panel">
          <div className="panel__head">
            <h2 id="waiting-title">{t('sager.waiting.title')}</h2>
            <p className="muted">{t('sager.waiting.lead')}</p>
          </div>
          <ul className="waiting">
            {waiting.data.map((sag) => (
              <li key={sag.id} className="waiting__item">
                <span className="worklist__child">
                  <span className="worklist__child-name">{sag.childName}</span>
                  {sag.cpr && <span className="worklist__cpr">{sag.cpr}</span>}
                </span>
                <span className="waiting__step">
                  <NextStepText step={sag.nextStep} now={now} />
                </span>
                <Link to={`/sager/${sag.id}`}>{t('sager.list.caseNumber', { number: sag.caseNumber })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {handover && (
        <HandoverDialog
          task={handover}
          onClose={() => setHandover(null)}
          onDone={(message) => {
            setHandover(null);
            setAnnouncement(message);
          }}
        />
      )}
    </div>
  );
}

const emptyTasks: Task[] = [];

function SearchBar({ params, onChange }: { params: WorkListParams; onChange: (change: Partial<WorkListParams>) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(params.q);
  useEffect(() => setText(params.q), [params.q]);
  // The search follows the typing after a short pause, so each key does not cost a request.
  useEffect(() => {
    if (text === params.q) return;
    const timer = window.setTimeout(() => onChange({ q: text }), 300);
    return () => window.clearTimeout(timer);
  }, [text, params.q, onChange]);
  return (
    <form className="worklist__filters" role="search" onSubmit={(e) => { e.preventDefault(); onChange({ q: text }); }}>
      <div className="field field--inline">
        <label htmlFor="worklist-q">{t('sager.list.search')}</label>
        <input id="worklist-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('sager.list.searchHint')} />
      </div>
      <div className="field field--inline">
        <label htmlFor="worklist-sort">{t('sager.list.sort')}</label>
        <select id="worklist-sort" value={params.sort} onChange={(e) => onChange({ sort: e.target.value as WorkListParams['sort'] })}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {t(`sager.sort.${s}` as const)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="worklist-size">{t('sager.list.size')}</label>
        <select id="worklist-size" value={params.size} onChange={(e) => onChange({ size: Number(e.target.value) })}>
          {pageSizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

function HandoverDialog({ task, onClose, onDone }: { task: Task; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { state } = useAuth();
  const me = state.status === 'signedIn' ? state.user.username : '';
  const colleagues = useColleagues();
  const queryClient = useQueryClient();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => sagerApi.reassign(task.id, to, reason.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.all });
      onDone(t('sager.handover.done', { title: task.title, to }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to || !reason.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutate();
  };
  const caseworkers = (colleagues.data ?? []).filter((c) => c.username !== me && c.roles.some((r) => r === 'Raadgiver' || r === 'Leder'));
  return (
    <Dialog title={t('sager.handover.title', { title: task.title })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        {mutation.error && <ProblemAlert error={mutation.error as ApiError} />}
        <div className="field">
          <label htmlFor="handover-to">{t('sager.handover.to')}</label>
          <select id="handover-to" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={missing && !to} required>
            <option value="">{t('sager.handover.choose')}</option>
            {caseworkers.map((c) => (
              <option key={c.username} value={c.username}>
                {c.displayName ? `${c.displayName} (${c.username})` : c.username}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="handover-reason">{t('sager.handover.reason')}</label>
          <textarea id="handover-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)}
            aria-invalid={missing && !reason.trim()} aria-describedby={missing ? 'handover-missing' : undefined} required />
        </div>
        {missing && (!to || !reason.trim()) && (
          <p id="handover-missing" className="field__error">{t('sager.handover.missing')}</p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {t('sager.handover.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export type { View };
