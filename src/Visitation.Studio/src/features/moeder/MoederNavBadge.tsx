import { useI18n } from '../../i18n';
import { useMyMeetings } from './useMyMeetings';

/** The count of decisions waiting for my approval, beside Møder in the navigation; nothing when none wait. */
export function MoederNavBadge() {
  const { t } = useI18n();
  const count = useMyMeetings().data?.awaitingApproval.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="shell__nav-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">, {t('moeder.nav.badge', { count })}</span>
    </span>
  );
}
