/** When someone checked in, in the gathering's zone and the reader's language: "Sat 1 May, 10:05" (24-hour, British order). */
export function checkInTime(iso: string, timeZone: string, language: string): string {
  const locale = language.startsWith('cy') ? 'cy' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}
