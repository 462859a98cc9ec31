/**
 * A calendar day (YYYY-MM-DD) in the reader's language: "1 Oct 2027", "1 Hyd 2027". Read as that day
 * wherever the reader is (never a UTC midnight that slips to the day before). British order in English.
 */
export function formatDay(day: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const locale = language.startsWith('cy') ? 'cy' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A time of day in the gathering's zone, in the reader's language (24-hour, as British and Welsh readers expect). */
export function formatTime(iso: string, timeZone: string, language: string): string {
  const locale = language.startsWith('cy') ? 'cy' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** Paragraphs of plain text: blank lines separate them. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
