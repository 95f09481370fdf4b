import type { Language } from '../../i18n';

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };
const zone = 'Europe/Copenhagen';

/** "tor. 4. mar. 2027 kl. 11.00": the municipality's time zone, the reader's language. */
export function dateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locales[language], {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone,
  }).format(new Date(value));
}

/** "4. mar. 2027" for a date-only value (no time zone shift) or an instant. */
export function date(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(instant);
}

/** Kroner with two decimals in the reader's language: "5.251,50 kr." / "DKK 5,251.50". */
export function money(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'DKK', minimumFractionDigits: 2 }).format(value);
}

/** A local date-time input's value ("2027-03-04T11:00") for an instant, in the browser's time zone. */
export function localInputValue(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
