import { useI18n } from '../../i18n';
import type { Agenda } from './moederApi';
import { formatKroner } from './money';

/** What the meeting commits if every item on it is granted, as the server sums it. */
export function AgendaTotals({ agenda }: { agenda: Agenda }) {
  const { t } = useI18n();
  const { totals } = agenda;
  return (
    <section className="moeder-totals" aria-labelledby="moeder-totals-title">
      <h2 id="moeder-totals-title">{t('moeder.totals.title')}</h2>
      <dl>
        <div>
          <dt>{t('moeder.totals.items')}</dt>
          <dd>{totals.items}</dd>
        </div>
        <div>
          <dt>{t('moeder.cost.thisYear')}</dt>
          <dd className="moeder-money" data-testid="total-this-year">
            {formatKroner(totals.costThisYear)}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.totals.newAnnual')}</dt>
          <dd className="moeder-money" data-testid="total-annual">
            {formatKroner(totals.newAnnualCost)}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.cost.total')}</dt>
          <dd className="moeder-money">{formatKroner(totals.costTotal)}</dd>
        </div>
      </dl>
      <p className="moeder-muted">{t('moeder.totals.note')}</p>
      <h3>{t('moeder.totals.decidedTitle', { decided: totals.decided, items: totals.items })}</h3>
      <dl>
        <div>
          <dt>{t('moeder.totals.granted')}</dt>
          <dd>{totals.granted}</dd>
        </div>
        <div>
          <dt>{t('moeder.cost.thisYear')}</dt>
          <dd className="moeder-money" data-testid="granted-this-year">
            {formatKroner(totals.grantedCostThisYear)}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.totals.grantedAnnual')}</dt>
          <dd className="moeder-money" data-testid="granted-annual">
            {formatKroner(totals.grantedAnnualCost)}
          </dd>
        </div>
        <div>
          <dt>{t('moeder.cost.total')}</dt>
          <dd className="moeder-money">{formatKroner(totals.grantedCostTotal)}</dd>
        </div>
      </dl>
    </section>
  );
}
