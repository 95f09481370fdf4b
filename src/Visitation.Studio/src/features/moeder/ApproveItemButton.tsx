import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { moederApi, type AgendaEntry } from './moederApi';
import { useMeetingAction } from './useMeetingAction';

/** Between meetings: agree to the decision another member recorded; the forum's quorum makes it final. */
export function ApproveItemButton({ forumId, meetingId, entry }: { forumId: string; meetingId: string; entry: AgendaEntry }) {
  const { t } = useI18n();
  const approve = useMeetingAction(() => moederApi.approve(forumId, meetingId, entry.item.id));
  return (
    <div className="moeder-actions moeder-no-print">
      <button type="button" className="button button--primary" onClick={() => approve.mutate()} disabled={approve.isPending}>
        {t('moeder.approveItem', { position: entry.item.position })}
      </button>
      {approve.error && <ProblemAlert error={approve.error as ApiError} title={t('moeder.decide.refused')} />}
    </div>
  );
}
