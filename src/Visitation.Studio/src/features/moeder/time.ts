import { formatDistanceStrict } from 'date-fns';
import { da as daLocale, enGB } from 'date-fns/locale';
import type { Language } from '../../i18n';

// Meetings, cut-offs and slots are the municipality's local times; Danish municipalities use Copenhagen's clock.
const zone = 'Europe/Copenhagen';

const locales = { da: 'da-DK', en: 'en-GB' } as const;

/** A meeting's local date (`2027-03-09`), with its weekday. */
export function formatMeetingDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** An instant as date and clock time in Copenhagen. */
export function formatInstant(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

/** An instant's clock time in Copenhagen. */
export function formatClock(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

/** How far away an instant is, as words ("3 dage"); the caller says whether it is before or after now. */
export function distance(instant: string, now: Date, language: Language): string {
  return formatDistanceStrict(new Date(instant), now, { locale: language === 'da' ? daLocale : enGB });
}

/** A local date (`2027-04-01`) without its weekday. */
export function formatDay(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
