import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { Deadline } from './Deadline';
import { dateTime } from './format';
import { keys, sagerApi } from './sagerApi';
import { tk } from './tk';
import { useArrivalFocus } from './useArrivalFocus';
import { useNow } from './useNow';

export const sectionKeys = [
  'barnets-udvikling', 'familieforhold', 'skoleforhold', 'sundhedsforhold', 'fritid-og-venskaber', 'barnets-perspektiv', 'samlet-vurdering',
] as const;

interface Section {
  key: string;
  notRelevant: boolean;
  text: string;
  documentIds: string[];
}

const empty = (): Section[] => sectionKeys.map((key) => ({ key, notRelevant: false, text: '', documentIds: [] }));

/**
 * The børnefaglig undersøgelse: its sections, each "ikke relevant" or written, with the case's documents referenced
 * instead of re-typed; its 4-month deadline; saved by itself a moment after the caseworker stops typing.
 */
export function UndersoegelsePage() {
  const { caseId = '' } = useParams();
  const { t, language } = useI18n();
  usePageTitle(t('sager.us.title'));
  const now = useNow();
  const queryClient = useQueryClient();
  const sag = useQuery({ queryKey: keys.case(caseId), queryFn: () => sagerApi.case(caseId) });
  const stored = useQuery({
    queryKey: ['sager', 'undersoegelse', caseId],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/cases/{id}/undersoegelse', { params: { path: { id: caseId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
  const [sections, setSections] = useState<Section[] | null>(null);
  const [dirty, setDirty] = useState(0);
  const saved = useRef(0);
  useArrivalFocus(!!sections && !!sag.data);

  useEffect(() => {
    if (sections || stored.isPending || stored.error) return;
    const byKey = new Map((stored.data?.sections ?? []).map((s) => [s.key, s]));
    setSections(
      empty().map((s) => {
        const found = byKey.get(s.key);
        return found ? { key: s.key, notRelevant: found.notRelevant, text: found.text ?? '', documentIds: [...(found.documentIds ?? [])] } : s;
      }),
    );
  }, [sections, stored.isPending, stored.error, stored.data]);

  const save = useMutation({
    mutationFn: (body: Section[]) =>
      unwrap(api.PUT('/api/cases/{id}/undersoegelse', {
        params: { path: { id: caseId } },
        body: { sections: body.filter((s) => s.notRelevant || s.text.trim() || s.documentIds.length > 0) },
      })),
    onSuccess: (view) => {
      queryClient.setQueryData(['sager', 'undersoegelse', caseId], view);
      void queryClient.invalidateQueries({ queryKey: keys.timeline(caseId) });
    },
  });

  // Autosave: a second after the last change.
  useEffect(() => {
    if (!sections || dirty === 0 || dirty === saved.current) return;
    const timer = window.setTimeout(() => {
      saved.current = dirty;
      save.mutate(sections);
    }, 1000);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dirty, sections]);

  if (sag.isPending || !sections) return stored.error ? <ProblemAlert error={stored.error as ApiError} /> : <Loading />;
  const view = save.data ?? stored.data ?? null;
  const change = (key: string, patch: Partial<Section>) => {
    setSections((all) => all!.map((s) => (s.key === key ? { ...s, ...patch } : s)));
    setDirty((n) => n + 1);
  };
  const documents = sag.data?.documents ?? [];
  const status = save.isPending
    ? t('sager.us.saving')
    : save.error
      ? t('sager.us.notSaved')
      : view
        ? t('sager.us.saved', { at: dateTime(view.updatedAt, language) })
        : t('sager.us.notStarted');

  return (
    <div className="undersoegelse">
      <nav aria-label={t('sager.breadcrumb')} className="breadcrumb">
        <Link to="/sager">{t('sager.title')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={`/sager/${caseId}`}>
          {sag.data?.childName} ({sag.data?.caseNumber})
        </Link>
      </nav>
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('sager.us.title')}</h1>
        <p className="workspace__lead">{t('sager.us.lead', { child: sag.data?.childName ?? '' })}</p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('sager.us.deadline')}</dt>
          <dd>{view ? <Deadline dueAt={view.dueAt} now={now} /> : t('sager.us.deadlineOnSave')}</dd>
        </div>
        <div>
          <dt>{t('sager.us.status')}</dt>
          <dd>
            <span role="status" aria-live="polite">
              {status}
            </span>
          </dd>
        </div>
      </dl>
      {view?.late && <p className="notice notice--warning">{t('sager.us.late')}</p>}
      {save.error && <ProblemAlert error={save.error as ApiError} />}
      {sections.map((section) => {
        const id = `us-${section.key}`;
        return (
          <section key={section.key} className="panel" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{tk(t, `sager.us.section.${section.key}`, section.key)}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={section.notRelevant} onChange={(e) => change(section.key, { notRelevant: e.target.checked })} />
              {t('sager.us.notRelevant')}
            </label>
            {!section.notRelevant && (
              <div className="field">
                <label htmlFor={id} className="visually-hidden">{t('sager.us.text', { section: tk(t, `sager.us.section.${section.key}`, section.key) })}</label>
                <textarea id={id} rows={section.key === 'samlet-vurdering' ? 6 : 4} value={section.text}
                  onChange={(e) => change(section.key, { text: e.target.value })} />
              </div>
            )}
            {documents.length > 0 && !section.notRelevant && (
              <fieldset className="holders">
                <legend>{t('sager.us.documents')}</legend>
                {documents.map((d) => (
                  <label key={d.id} className="checkbox">
                    <input type="checkbox" checked={section.documentIds.includes(d.id)}
                      onChange={(e) => change(section.key, {
                        documentIds: e.target.checked ? [...section.documentIds, d.id] : section.documentIds.filter((x) => x !== d.id),
                      })} />
                    {d.title}
                  </label>
                ))}
              </fieldset>
            )}
          </section>
        );
      })}
      <p>
        <Link to={`/sager/${caseId}`}>{t('sager.us.back')}</Link>
      </p>
    </div>
  );
}
