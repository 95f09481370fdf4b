import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { formatInstant } from '../../moeder/time';
import { adminApi, adminKeys } from '../adminApi';

/** Messages the dispatcher gave up on: to whom, over which channel, why; the administrator sends one again. */
export function DeadLettersPage() {
  const { t, language } = useI18n();
  usePageTitle(t('beskeder.title'));
  const queryClient = useQueryClient();
  const deadLetters = useQuery({ queryKey: adminKeys.deadLetters, queryFn: adminApi.deadLetters });
  const [retried, setRetried] = useState<string | null>(null);
  const retry = useMutation({
    mutationFn: (id: string) => adminApi.retryDeadLetter(id),
    onSuccess: (_, id) => {
      setRetried(deadLetters.data?.find((d) => d.id === id)?.subject ?? null);
      return queryClient.invalidateQueries({ queryKey: adminKeys.deadLetters });
    },
  });
  const error = (deadLetters.error ?? retry.error) as ApiError | null;

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('beskeder.title')}</h1>
        <p className="workspace__lead">{t('beskeder.lead')}</p>
      </div>
      {error && <ProblemAlert error={error} />}
      {retried && (
        <p className="notice notice--success" role="status">
          {t('beskeder.retried', { subject: retried })}
        </p>
      )}
      {deadLetters.isPending && !error && <Loading />}
      {deadLetters.data && deadLetters.data.length === 0 && <p>{t('beskeder.none')}</p>}
      {deadLetters.data && deadLetters.data.length > 0 && (
        <table className="plan-table">
          <caption className="visually-hidden">{t('beskeder.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('beskeder.subject')}</th>
              <th scope="col">{t('beskeder.recipient')}</th>
              <th scope="col">{t('beskeder.channel')}</th>
              <th scope="col">{t('beskeder.created')}</th>
              <th scope="col">{t('beskeder.attempts')}</th>
              <th scope="col">{t('beskeder.error')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('plan.rules.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deadLetters.data.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.subject}
                  {d.caseId && (
                    <>
                      {' '}
                      <Link to={`/sager/${d.caseId}`}>{t('beskeder.case')}</Link>
                    </>
                  )}
                </th>
                <td>{d.recipient}</td>
                <td>{t(`beskeder.channel.${d.channel}`)}</td>
                <td>
                  <time dateTime={d.createdAt}>{formatInstant(d.createdAt, language)}</time>
                </td>
                <td>{d.attempts}</td>
                <td className="dead-letter__error">{d.lastError ?? '–'}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={retry.isPending && retry.variables === d.id}
                    onClick={() => retry.mutate(d.id)}
                  >
                    {t('beskeder.retry')}
                    <span className="visually-hidden">: {d.subject}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
