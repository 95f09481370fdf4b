import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys } from '../adminApi';
import { ForumForm } from './ForumForm';

type ForumView = components['schemas']['Fora.ForumView'];

/** The municipality's forums in a list, and one of them (or a new one) in the form below it. */
export function ForaPage() {
  const { t } = useI18n();
  usePageTitle(t('fora.title'));
  const forums = useQuery({ queryKey: adminKeys.forums, queryFn: adminApi.forums });
  const levels = useQuery({ queryKey: adminKeys.levels, queryFn: adminApi.levels });
  const colleagues = useQuery({ queryKey: adminKeys.colleagues, queryFn: adminApi.colleagues });
  const [editing, setEditing] = useState<ForumView | null>(null);
  // Kept here: saving opens the saved forum in a fresh form.
  const [savedName, setSavedName] = useState<string | null>(null);
  const error = (forums.error ?? levels.error ?? colleagues.error) as ApiError | null;

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('fora.title')}</h1>
        <p className="workspace__lead">{t('fora.lead')}</p>
      </div>
      {error && <ProblemAlert error={error} />}
      {(forums.isPending || levels.isPending || colleagues.isPending) && !error && <Loading />}
      {forums.data && forums.data.length === 0 && <p>{t('fora.none')}</p>}
      {forums.data && forums.data.length > 0 && (
        <table className="plan-table">
          <caption className="visually-hidden">{t('fora.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fora.name')}</th>
              <th scope="col">{t('fora.kind')}</th>
              <th scope="col">{t('fora.level')}</th>
              <th scope="col">{t('fora.schedule')}</th>
              <th scope="col">{t('fora.capacity')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plan.rules.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {forums.data.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.name}</th>
                <td>{t(`fora.kind.${f.kind}`)}</td>
                <td>{levels.data?.find((l) => l.id === f.level)?.name ?? f.level ?? '–'}</td>
                <td>{t('fora.scheduleText', { weeks: f.schedule.everyWeeks, weekday: t(`weekday.${f.schedule.weekday}`), time: f.schedule.time })}</td>
                <td>{f.capacity}</td>
                <td>
                  <button type="button" className="button button--quiet button--small" aria-pressed={editing?.id === f.id} onClick={() => {
                      setEditing(f);
                      setSavedName(null);
                    }}>
                    {t('fora.edit', { name: f.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {savedName && (
        <p className="notice notice--success" role="status">
          {t('fora.saved', { name: savedName })}
        </p>
      )}
      {levels.data && colleagues.data && (
        <ForumForm
          key={editing?.id ?? 'new'}
          forum={editing}
          levels={levels.data.filter((l) => l.kind === 'forum')}
          people={colleagues.data}
          onSaved={(saved) => {
            setEditing(saved);
            setSavedName(saved.name);
          }}
          onNew={() => {
            setEditing(null);
            setSavedName(null);
          }}
        />
      )}
    </div>
  );
}
