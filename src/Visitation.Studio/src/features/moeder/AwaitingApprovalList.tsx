import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { codeLabel } from './codeLabel';
import { moederApi, moederKeys, type Awaiting } from './moederApi';
import { formatKroner } from './money';
import { formatMeetingDate } from './time';

/** Decisions recorded between meetings that wait for my approval; approving one may carry it (the forum's quorum decides). */
export function AwaitingApprovalList({ items }: { items: Awaiting[] }) {
  const { t } = useI18n();
  return (
    <section className="moeder-section" aria-labelledby="moeder-awaiting-title">
      <h2 id="moeder-awaiting-title">
        {t('moeder.awaiting.title')} <span className="moeder-count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="moeder-empty">{t('moeder.awaiting.none')}</p>
      ) : (
        <ul className="moeder-list">
          {items.map((item) => (
            <AwaitingItem key={item.itemId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AwaitingItem({ item }: { item: Awaiting }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => moederApi.approve(item.forumId, item.meetingId, item.itemId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moederKeys.all }),
  });
  const titleId = `awaiting-${item.itemId}`;
  return (
    <li className="moeder-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t('moeder.awaiting.item', { caseNumber: item.caseNumber, measure: codeLabel(t, 'moeder.measure', item.measureType) })}
      </h3>
      <dl className="moeder-facts">
        <div>
          <dt>{t('moeder.awaiting.forum')}</dt>
          <dd>
            {item.forum}, {formatMeetingDate(item.meetingDate, language)}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.awaiting.proposed')}</dt>
          <dd>
            {t(`moeder.outcome.${item.outcome}`)}
            {item.decidedBy && ` (${t('moeder.awaiting.by', { name: item.decidedBy })})`}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.cost.thisYear')}</dt>
          <dd className="moeder-money">{formatKroner(item.costThisYear)}</dd>
        </div>
        <div>
          <dt>{t('moeder.cost.annual')}</dt>
          <dd className="moeder-money">{formatKroner(item.annualCost)}</dd>
        </div>
        <div>
          <dt>{t('moeder.awaiting.votes')}</dt>
          <dd>{item.approvedBy.length === 0 ? t('moeder.awaiting.noVotes') : item.approvedBy.join(', ')}</dd>
        </div>
      </dl>
      {approve.error && <ProblemAlert error={approve.error as ApiError} />}
      <div className="moeder-actions">
        <button type="button" className="button button--primary" onClick={() => approve.mutate()} disabled={approve.isPending}>
          {t('moeder.awaiting.approve')}
        </button>
        <Link to={`/moeder/${item.forumId}/${item.meetingId}`}>{t('moeder.awaiting.openAgenda')}</Link>
      </div>
    </li>
  );
}
