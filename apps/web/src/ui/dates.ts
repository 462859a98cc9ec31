/**
 * Dates, times and numbers for people, in the reader's language — the one place that chooses how. Weave's English
 * is British English (day before month, 24-hour clock); Welsh is written the Welsh way. Never US style.
 */

/** The Intl locale for an interface language ("en", "en-GB", "cy"): British English unless Welsh. */
export const dateLocale = (language: string): string => (language === 'cy' || language.startsWith('cy-') ? 'cy-GB' : 'en-GB');

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date: "3 Mar 2026", "3 Maw 2026". A plain day (YYYY-MM-DD) is read as that calendar day wherever the
 * reader is (never a UTC midnight that slips to the day before). Text it cannot read comes back as it is.
 */
export function formatDate(value: string, language: string): string {
  const plainDay = PLAIN_DAY.test(value);
  const date = new Date(plainDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(dateLocale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: plainDay ? 'UTC' : undefined,
  }).format(date);
}

/** A long date: "14 March 2026". */
export function formatLongDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long' }).format(date);
}

/**
 * A moment: "6 Dec 2026, 16:30"; with seconds when asked (as an audit trail wants); with the month in full
 * ("5 January 2027 at 20:48") where it stands in a sentence.
 */
export function formatDateTime(
  iso: string,
  language: string,
  { seconds = false, long = false }: { seconds?: boolean; long?: boolean } = {},
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), {
    dateStyle: long ? 'long' : 'medium',
    timeStyle: seconds ? 'medium' : 'short',
  }).format(date);
}

/** A time of day in a given zone (a gathering's), 24-hour: "09:30". */
export function formatTime(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(iso),
  );
}

/** A day and a time in a given zone (a gathering's), for a moment on or near its day: "Sat 1 May, 10:05". */
export function formatDayAndTime(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** A whole number as the reader writes it: "10,000" (en-GB and cy). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(dateLocale(language)).format(value);
}
