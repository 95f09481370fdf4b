import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, type MessageKey } from '../../i18n';
import { codeLabel } from './codeLabel';
import { dutiesApi, dutyKeys, type QueuedDuty } from './dutiesApi';
import { formatKroner } from './money';

/**
 * "Mine godkendelser": the approvals the competence plan asks of a level I hold (approve or refuse, always with a
 * reason), then the justifications, copies and information delivered to my levels.
 */
export function MyDutiesList() {
  const { t } = useI18n();
  const duties = useQuery({ queryKey: dutyKeys.mine(), queryFn: dutiesApi.mine });
  const open = duties.data?.filter((d) => d.duty.state === 'AfventerGodkendelse') ?? [];
  const received = duties.data?.filter((d) => d.duty.state !== 'AfventerGodkendelse') ?? [];
  return (
    <section className="moeder-section" aria-labelledby="moeder-duties-title">
      <h2 id="moeder-duties-title">
        {t('moeder.duties.title')} <span className="moeder-count">{open.length}</span>
      </h2>
      {duties.isPending && <Loading />}
      {duties.error && <ProblemAlert error={duties.error as ApiError} />}
      {duties.data &&
        (open.length === 0 ? (
          <p className="moeder-empty">{t('moeder.duties.none')}</p>
        ) : (
          <ul className="moeder-list">
            {open.map((d) => (
              <ApprovalItem key={d.duty.id} item={d} />
            ))}
          </ul>
        ))}
      {received.length > 0 && (
        <>
          <h3>{t('moeder.duties.received')}</h3>
          <ul className="moeder-list">
            {received.map((d) => (
              <ReceivedItem key={d.duty.id} item={d} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Facts({ item }: { item: QueuedDuty }) {
  const { t } = useI18n();
  return (
    <dl className="moeder-facts">
      <div>
        <dt>{t('moeder.duties.submittedBy')}</dt>
        <dd>{item.submittedBy}</dd>
      </div>
      <div>
        <dt>{t('moeder.cost.thisYear')}</dt>
        <dd className="moeder-money">{formatKroner(item.costThisYear)}</dd>
      </div>
      <div>
        <dt>{t('moeder.duties.costTotal')}</dt>
        <dd className="moeder-money">{formatKroner(item.costTotal)}</dd>
      </div>
      <div>
        <dt>{t('moeder.duties.rule')}</dt>
        <dd>{t('moeder.duties.ruleText', { rule: item.duty.ruleId, version: String(item.duty.planVersion) })}</dd>
      </div>
    </dl>
  );
}

function ApprovalItem({ item }: { item: QueuedDuty }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const answer = useMutation({
    mutationFn: (approve: boolean) =>
      approve ? dutiesApi.approve(item.duty.caseId, item.duty.id, reason) : dutiesApi.refuse(item.duty.caseId, item.duty.id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }),
  });
  const titleId = `duty-${item.duty.id}`;
  return (
    <li className="moeder-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t('moeder.duties.approvalItem', {
          caseNumber: item.caseNumber,
          measure: codeLabel(t, 'moeder.measure', item.measureType),
          level: item.duty.level,
        })}
      </h3>
      <Facts item={item} />
      {answer.error && <ProblemAlert error={answer.error as ApiError} />}
      <div className="moeder-field">
        <label htmlFor={reasonId}>{t('moeder.duties.reason')}</label>
        <textarea id={reasonId} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="moeder-actions">
        <button type="button" className="button button--primary" onClick={() => answer.mutate(true)} disabled={answer.isPending}>
          {t('moeder.duties.approve')}
        </button>
        <button type="button" className="button" onClick={() => answer.mutate(false)} disabled={answer.isPending}>
          {t('moeder.duties.refuse')}
        </button>
        <Link to={`/sager/${item.duty.caseId}`}>{t('moeder.duties.openCase')}</Link>
      </div>
    </li>
  );
}

function ReceivedItem({ item }: { item: QueuedDuty }) {
  const { t } = useI18n();
  const titleId = `duty-${item.duty.id}`;
  const kind = t(`moeder.duties.kind.${item.duty.kind}` as MessageKey);
  return (
    <li className="moeder-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t('moeder.duties.receivedItem', { kind, caseNumber: item.caseNumber, measure: codeLabel(t, 'moeder.measure', item.measureType) })}
      </h3>
      {item.duty.justification && (
        <blockquote className="moeder-justification">
          <p>{item.duty.justification}</p>
          <footer>{t('moeder.duties.justifiedBy', { name: item.duty.answeredBy ?? '' })}</footer>
        </blockquote>
      )}
      {(item.duty.state === 'Godkendt' || item.duty.state === 'Afvist') && (
        <p>
          {t(`moeder.duties.answered.${item.duty.state}` as MessageKey, { name: item.duty.answeredBy ?? '' })}: {item.duty.reason}
        </p>
      )}
      {(item.duty.kind === 'copy' || item.duty.kind === 'copy-with-price' || item.duty.kind === 'inform') && item.duty.messageText && (
        // The message as delivered, less its link line: the link to the case is below.
        <p className="moeder-message">{item.duty.messageText.split('\n').filter((line) => !line.startsWith('Sagen: ')).join('\n')}</p>
      )}
      <div className="moeder-actions">
        <Link to={`/sager/${item.duty.caseId}`}>{t('moeder.duties.openCase')}</Link>
      </div>
    </li>
  );
}
