import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../i18n';
import { formatKroner } from '../../moeder/money';
import { oekonomiApi, oekonomiKeys } from './oekonomiApi';
import './oekonomi.css';

/** On a meeting's agenda: what its open items would cost this year per policy area, against what remains of the area's budget. Shown once the year has a budget. */
export function MeetingBudgetPanel({ forumId, meetingId }: { forumId: string; meetingId: string }) {
  const { t } = useI18n();
  const budget = useQuery({ queryKey: oekonomiKeys.meeting(forumId, meetingId), queryFn: () => oekonomiApi.meeting(forumId, meetingId), retry: false });
  const data = budget.data;
  if (!data || !data.hasBudget) return null;
  return (
    <section className="moeder-totals" aria-labelledby="meeting-budget-title">
      <h2 id="meeting-budget-title">{t('oekonomi.meeting.title')}</h2>
      <p className="oek-muted">{t('oekonomi.meeting.lead', { year: data.year })}</p>
      <div className="oek-scroll" role="region" aria-label={t('oekonomi.meeting.title')} tabIndex={0}>
      <table className="oek-table" data-testid="meeting-budget">
        <thead>
          <tr>
            <th scope="col">{t('oekonomi.meeting.area')}</th>
            <th scope="col">{t('oekonomi.meeting.budget')}</th>
            <th scope="col">{t('oekonomi.meeting.used')}</th>
            <th scope="col">{t('oekonomi.meeting.remaining')}</th>
            <th scope="col">{t('oekonomi.meeting.agenda')}</th>
            <th scope="col">{t('oekonomi.meeting.after')}</th>
          </tr>
        </thead>
        <tbody>
          {data.areas.map((a) => (
            <tr key={a.policyArea ?? 'none'}>
              <th scope="row">{a.policyArea ? t(`oekonomi.area.${a.policyArea}` as never) : t('oekonomi.area.none')}</th>
              <td className="oek-money">{formatKroner(a.budget)}</td>
              <td className="oek-money">{formatKroner(a.spentAndCommitted)}</td>
              <td className="oek-money">{formatKroner(a.remaining)}</td>
              <td className="oek-money">{formatKroner(a.agendaCost)}</td>
              <td className="oek-money">{formatKroner(a.remainingAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
