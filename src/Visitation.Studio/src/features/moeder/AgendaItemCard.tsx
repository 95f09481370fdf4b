import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { codeLabel } from './codeLabel';
import type { AgendaEntry } from './moederApi';
import { formatKroner } from './money';
import { formatClock, formatDay } from './time';

interface Props {
  entry: AgendaEntry;
  /** The drag handle, when the user may reorder the agenda. */
  handle?: ReactNode;
  /** What the user may do with the item: move it, decide it. */
  children?: ReactNode;
}

/** One agenda item as the forum reads it: the child, the measure and why it came here, what it costs, and the decision once recorded. */
export function AgendaItemCard({ entry, handle, children }: Props) {
  const { t, language } = useI18n();
  const { item, proposal, routing } = entry;
  const titleId = `item-${item.id}`;
  const period = proposal.expectedEnd
    ? t('moeder.item.period', { start: formatDay(proposal.start, language), end: formatDay(proposal.expectedEnd, language) })
    : t('moeder.item.openEnded', { start: formatDay(proposal.start, language) });

  return (
    <article className="moeder-item" aria-labelledby={titleId}>
      <header className="moeder-item__header">
        {handle}
        <h3 id={titleId}>
          <span className="moeder-item__position">{t('moeder.item.position', { position: item.position })}</span>{' '}
          {codeLabel(t, 'moeder.measure', proposal.measureType)}
          {proposal.subtype && ` (${proposal.subtype})`}
        </h3>
        {item.outcome && <span className={`moeder-outcome moeder-outcome--${item.outcome}`}>{t(`moeder.outcome.${item.outcome}`)}</span>}
      </header>
      <dl className="moeder-facts">
        <div>
          <dt>{t('moeder.item.child')}</dt>
          <dd>
            {entry.child}
            {entry.cpr && <span className="moeder-cpr"> {entry.cpr}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.item.case')}</dt>
          <dd>
            <Link to={`/sager/${item.caseId}`}>{entry.caseNumber}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('moeder.item.scope')}</dt>
          <dd>
            {t('moeder.item.scopeValue', {
              quantity: String(proposal.quantity).replace('.', ','),
              unit: codeLabel(t, 'moeder.unit', proposal.unit),
              price: formatKroner(proposal.unitPrice),
            })}
            , {period}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.item.provider')}</dt>
          <dd>{proposal.provider ?? t('moeder.item.noProvider')}</dd>
        </div>
        <div>
          <dt>{t('moeder.item.legalBasis')}</dt>
          <dd>{proposal.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('moeder.item.routing')}</dt>
          <dd>
            {routing.rule
              ? t('moeder.item.routingValue', { rule: routing.rule, level: routing.level ?? routing.levelCode ?? '', version: routing.planVersion ?? '' })
              : t('moeder.item.routingUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.item.presenter')}</dt>
          <dd>
            {entry.presenter}, {formatClock(entry.presenterSlotStart, language)}–{formatClock(entry.presenterSlotEnd, language)}
          </dd>
        </div>
      </dl>
      <p className="moeder-item__needs">
        <span className="moeder-item__label">{t('moeder.item.needs')}</span> {proposal.needs}
      </p>
      <dl className="moeder-costs">
        <div>
          <dt>{t('moeder.cost.thisYear')}</dt>
          <dd className="moeder-money">{formatKroner(proposal.costThisYear)}</dd>
        </div>
        <div>
          <dt>{t('moeder.cost.annual')}</dt>
          <dd className="moeder-money">{formatKroner(proposal.annualCost)}</dd>
        </div>
        <div>
          <dt>{t('moeder.cost.total')}</dt>
          <dd className="moeder-money">{formatKroner(proposal.costTotal)}</dd>
        </div>
        {entry.currentMeasures.length > 0 && (
          <div>
            <dt>{t('moeder.item.currentMeasures', { count: entry.currentMeasures.length })}</dt>
            <dd className="moeder-money">{formatKroner(entry.currentMeasuresAnnualCost)}</dd>
          </div>
        )}
      </dl>
      {item.outcome && (
        <p className="moeder-item__decision">
          <span className="moeder-item__label">{t('moeder.item.decision')}</span> {item.rationale}
          {item.change && ` ${t('moeder.item.change', { change: item.change })}`}
          {item.decidedBy && ` (${t('moeder.awaiting.by', { name: item.decidedBy })})`}
        </p>
      )}
      {item.disqualified.length > 0 && <p className="moeder-muted">{t('moeder.item.disqualified', { names: item.disqualified.join(', ') })}</p>}
      {children}
    </article>
  );
}
