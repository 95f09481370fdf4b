import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { moederApi, moederKeys, type Agenda } from './moederApi';
import { formatInstant } from './time';
import { useMeetingAction } from './useMeetingAction';

/** The minutes the server writes from the recorded decisions: read here, approved by the chair, locked after, printed as they are. */
export function MinutesPanel({ agenda, chairs }: { agenda: Agenda; chairs: boolean }) {
  const { t, language } = useI18n();
  const { forumId, meeting } = agenda;
  const minutes = useQuery({ queryKey: moederKeys.minutes(forumId, meeting.id), queryFn: () => moederApi.minutes(forumId, meeting.id) });
  const approve = useMeetingAction(() => moederApi.approveMinutes(forumId, meeting.id));
  const minutesUrl = `/api/forums/${forumId}/meetings/${meeting.id}/minutes`;

  return (
    <section className="moeder-panel moeder-section" aria-labelledby="moeder-minutes-title">
      <h2 id="moeder-minutes-title">{t('moeder.minutes.title')}</h2>
      <p>
        {meeting.minutesApprovedAt
          ? t('moeder.minutes.approved', { at: formatInstant(meeting.minutesApprovedAt, language), by: meeting.minutesApprovedBy ?? '' })
          : t('moeder.minutes.awaiting')}
      </p>
      <div className="moeder-actions">
        {chairs && !meeting.minutesApprovedAt && (
          <button type="button" className="button button--primary" onClick={() => approve.mutate()} disabled={approve.isPending}>
            {t('moeder.minutes.approve')}
          </button>
        )}
        <a className="button" href={minutesUrl} target="_blank" rel="noreferrer">
          {t('moeder.minutes.print')}
        </a>
      </div>
      {approve.error && <ProblemAlert error={approve.error as ApiError} title={t('moeder.minutes.refused')} />}
      {minutes.error && <ProblemAlert error={minutes.error as ApiError} />}
      {minutes.data && <iframe className="moeder-minutes" title={t('moeder.minutes.preview')} srcDoc={minutes.data} sandbox="" />}
    </section>
  );
}
