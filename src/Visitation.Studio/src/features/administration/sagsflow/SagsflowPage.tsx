import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { formatInstant } from '../../moeder/time';
import { adminApi, adminKeys } from '../adminApi';
import { errorProps, FieldErrors } from '../components/FieldErrors';
import { findingsAt } from '../kompetenceplan/planModel';

/** Which published flow a new case starts, with who chose it and when; open cases keep their own flow. */
export function SagsflowPage() {
  const { t, language } = useI18n();
  usePageTitle(t('sagsflow.title'));
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: adminKeys.flowSettings, queryFn: adminApi.flowSettings });
  const flows = useQuery({ queryKey: adminKeys.publishedFlows, queryFn: adminApi.publishedFlows });
  const [chosen, setChosen] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (id: string) => adminApi.saveFlowSettings(id),
    onSuccess: async () => {
      setChosen(null);
      await queryClient.invalidateQueries({ queryKey: adminKeys.flowSettings });
    },
  });
  const errors = (save.error as ApiError | null)?.problem.errors ?? [];
  const published = (flows.data ?? []).filter((f) => f.publishedVersion != null);
  const current = settings.data?.definitionId;
  const value = chosen ?? current ?? '';
  const name = (id: string | undefined) => flows.data?.find((f) => f.definitionId === id)?.name ?? id;

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('sagsflow.title')}</h1>
        <p className="workspace__lead">{t('sagsflow.lead')}</p>
      </div>
      {(settings.isPending || flows.isPending) && <Loading />}
      {settings.error && <ProblemAlert error={settings.error as ApiError} />}
      {flows.error && <ProblemAlert error={flows.error as ApiError} />}
      {settings.data && (
        <section className="plan-section" aria-labelledby="flow-current-title">
          <h2 id="flow-current-title">{t('sagsflow.current')}</h2>
          <p>
            <strong>{name(settings.data.definitionId)}</strong> <span className="plan-table__muted">({settings.data.definitionId})</span>
          </p>
          <p className="plan-table__muted">
            {settings.data.isDefault || !settings.data.changedAt
              ? t('sagsflow.default')
              : t('sagsflow.changed', { who: settings.data.changedBy ?? '—', when: formatInstant(settings.data.changedAt, language) })}
          </p>
        </section>
      )}
      {flows.data && (
        <section className="plan-section" aria-labelledby="flow-choose-title">
          <h2 id="flow-choose-title">{t('sagsflow.choose')}</h2>
          {published.length === 0 ? (
            <p>{t('sagsflow.nonePublished')}</p>
          ) : (
            <form className="organisation__form" noValidate onSubmit={(e) => { e.preventDefault(); if (value) save.mutate(value); }}>
              {save.error && findingsAt(errors, '/definitionId').length === 0 && <ProblemAlert error={save.error as ApiError} />}
              {save.isSuccess && <p role="status">{t('sagsflow.saved', { name: name(save.variables) ?? '' })}</p>}
              <div className="field">
                <label htmlFor="flow-definition">{t('sagsflow.flow')}</label>
                <select id="flow-definition" value={value} onChange={(e) => setChosen(e.target.value)}
                  {...errorProps('flow-definition-errors', findingsAt(errors, '/definitionId'))}>
                  {published.map((f) => (
                    <option key={f.definitionId} value={f.definitionId}>
                      {t('sagsflow.option', { name: f.name, version: f.publishedVersion ?? 0 })}
                    </option>
                  ))}
                </select>
                <FieldErrors id="flow-definition-errors" errors={findingsAt(errors, '/definitionId')} />
              </div>
              <p className="plan-table__muted">{t('sagsflow.openCasesKeep')}</p>
              <button type="submit" className="button button--primary" disabled={save.isPending || value === current}>
                {t('sagsflow.save')}
              </button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
