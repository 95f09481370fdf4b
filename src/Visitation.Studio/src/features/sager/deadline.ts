/** How close a task is to its deadline. `near`: due within {@link nearHours} hours; `none`: no deadline. */
export type DeadlineState = 'overdue' | 'near' | 'ok' | 'none';

/** A task due within this many hours counts as near its deadline. */
export const nearHours = 48;

export function deadlineState(dueAt: string | null | undefined, now: Date): DeadlineState {
  if (!dueAt) return 'none';
  const left = new Date(dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= nearHours * 3_600_000 ? 'near' : 'ok';
}

/** The time between now and the deadline in whole days, hours and minutes, and whether it has passed. */
export interface TimeLeft {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

export function timeLeft(dueAt: string, now: Date): TimeLeft {
  const diff = new Date(dueAt).getTime() - now.getTime();
  const overdue = diff < 0;
  const totalMinutes = Math.floor(Math.abs(diff) / 60_000);
  return {
    overdue,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/**
 * The two largest units of a span, as a person says it: "2 d 4 t", "3 t 10 min", "25 min". Units are passed in
 * so each language words them.
 */
export function spanText(left: TimeLeft, units: { day: string; hour: string; minute: string }): string {
  if (left.days > 0) return left.hours > 0 ? `${left.days} ${units.day} ${left.hours} ${units.hour}` : `${left.days} ${units.day}`;
  if (left.hours > 0) return left.minutes > 0 ? `${left.hours} ${units.hour} ${left.minutes} ${units.minute}` : `${left.hours} ${units.hour}`;
  return `${left.minutes} ${units.minute}`;
}
