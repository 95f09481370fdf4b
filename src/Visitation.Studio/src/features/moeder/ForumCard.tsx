import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import type { Meeting, MyForum } from './moederApi';
import { distance, formatClock, formatInstant, formatMeetingDate } from './time';

/** One forum I sit in: how I sit there, and its meetings with their agenda cut-off and how full they are. */
export function ForumCard({ forum }: { forum: MyForum }) {
  const { t, language } = useI18n();
  const now = new Date();
  const titleId = `forum-${forum.id}`;

  return (
    <article className="moeder-card" aria-labelledby={titleId}>
      <header className="moeder-card__header">
        <h3 id={titleId}>{forum.name}</h3>
        <p className="moeder-card__meta">
          {t('moeder.forums.seats', { seats: forum.seats.map((s) => t(`moeder.seat.${s}`)).join(', ') })}
          {' · '}
          {t(`moeder.asyncApproval.${forum.asyncApproval}`)}
        </p>
      </header>
      {forum.meetings.length === 0 ? (
        <p className="moeder-empty">{t('moeder.forums.noMeetings')}</p>
      ) : (
        <table className="moeder-table">
          <caption className="visually-hidden">{t('moeder.forums.meetingsOf', { forum: forum.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moeder.meeting.date')}</th>
              <th scope="col">{t('moeder.meeting.status')}</th>
              <th scope="col">{t('moeder.meeting.cutoff')}</th>
              <th scope="col">{t('moeder.meeting.fullness')}</th>
            </tr>
          </thead>
          <tbody>
            {forum.meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td>
                  <Link to={`/moeder/${forum.id}/${meeting.id}`}>
                    {formatMeetingDate(meeting.date, language)}
                  </Link>
                  <span className="moeder-muted"> {t('moeder.meeting.at', { time: formatClock(meeting.startsAt, language) })}</span>
                </td>
                <td>
                  <MeetingStatusLabel meeting={meeting} />
                </td>
                <td>
                  {formatInstant(meeting.cutoffAt, language)}
                  <span className="moeder-muted">
                    {' · '}
                    {new Date(meeting.cutoffAt) > now
                      ? t('moeder.meeting.cutoffIn', { time: distance(meeting.cutoffAt, now, language) })
                      : t('moeder.meeting.cutoffPassed')}
                  </span>
                </td>
                <td>
                  <Fullness items={meeting.items} capacity={meeting.capacity} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

export function MeetingStatusLabel({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const state = meeting.status === 'Closed' && meeting.minutesApprovedAt ? 'Approved' : meeting.status;
  return <span className={`moeder-status moeder-status--${state}`}>{t(`moeder.status.${state}`)}</span>;
}

/** How many of the meeting's places its items take, as text and as a bar. */
export function Fullness({ items, capacity }: { items: number; capacity: number }) {
  const { t } = useI18n();
  const full = items >= capacity;
  return (
    <span className="moeder-fullness">
      <meter min={0} max={capacity} value={Math.min(items, capacity)} aria-hidden="true" />
      <span>
        {t('moeder.meeting.places', { items, capacity })}
        {full && <strong> · {t('moeder.meeting.full')}</strong>}
      </span>
    </span>
  );
}
