import { useI18n } from '../../i18n';
import { deadlineState, spanText, timeLeft } from './deadline';
import { dateTime } from './format';

/** A warning triangle or a clock: the state is also said in words, never by colour alone. */
function StateIcon({ state }: { state: 'overdue' | 'near' }) {
  return state === 'overdue' ? (
    <svg className="deadline__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14H1L8 1.5Z" fill="currentColor" />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.9" fill="#fff" />
    </svg>
  ) : (
    <svg className="deadline__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 4.5V8l2.5 1.6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** A deadline as a date, the time left (or past it), and the overdue / near state with an icon and a word. */
export function Deadline({ dueAt, now, compact }: { dueAt: string | null | undefined; now: Date; compact?: boolean }) {
  const { t, language } = useI18n();
  if (!dueAt) return <span className="deadline deadline--none">{t('sager.deadline.none')}</span>;
  const state = deadlineState(dueAt, now);
  const left = timeLeft(dueAt, now);
  const span = spanText(left, { day: t('sager.unit.day'), hour: t('sager.unit.hour'), minute: t('sager.unit.minute') });
  return (
    <span className={`deadline deadline--${state}${compact ? ' deadline--compact' : ''}`}>
      <time dateTime={dueAt} className="deadline__date">
        {dateTime(dueAt, language)}
      </time>
      <span className="deadline__left">
        {(state === 'overdue' || state === 'near') && <StateIcon state={state} />}
        {state === 'overdue' && <strong>{t('sager.deadline.overdue')}: </strong>}
        {state === 'near' && <strong>{t('sager.deadline.near')}: </strong>}
        {left.overdue ? t('sager.deadline.pastBy', { span }) : t('sager.deadline.left', { span })}
      </span>
    </span>
  );
}
