/**
 * A date for people, in the interface language ("3 Mar 2026", "3 Maw 2026").
 * Plain dates (YYYY-MM-DD) are read as calendar days, not UTC midnights.
 */
export function formatDate(value: string, language: string): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(plainDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  // Weave's English is British English: day before month.
  const locale = language === 'en' ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: plainDay ? 'UTC' : undefined,
  }).format(date);
}
