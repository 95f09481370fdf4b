import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { moederApi, type Agenda } from './moederApi';
import { useMeetingAction } from './useMeetingAction';

/** Opening and closing the meeting, for its keepers; closing turns the recorded decisions into afgørelser. */
export function MeetingControls({ agenda }: { agenda: Agenda }) {
  const { t } = useI18n();
  const { forumId, meeting } = agenda;
  const open = useMeetingAction(() => moederApi.open(forumId, meeting.id));
  const close = useMeetingAction(() => moederApi.close(forumId, meeting.id));
  if (meeting.status === 'Closed') return null;
  const error = (open.error ?? close.error) as ApiError | null;

  return (
    <div className="moeder-actions moeder-no-print">
      {meeting.status === 'Planned' && (
        <button type="button" className="button button--primary" onClick={() => open.mutate()} disabled={open.isPending}>
          {t('moeder.meeting.open')}
        </button>
      )}
      {meeting.status === 'Open' && (
        <button type="button" className="button button--primary" onClick={() => close.mutate()} disabled={close.isPending}>
          {t('moeder.meeting.close')}
        </button>
      )}
      {error && <ProblemAlert error={error} title={t('moeder.meeting.refused')} />}
    </div>
  );
}
