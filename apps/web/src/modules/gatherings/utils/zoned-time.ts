// Wall-clock times in a named zone ↔ instants, with Intl only (no date library).

const HALF_DAY = 12 * 60 * 60 * 1000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClockParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** How far the zone's clocks are ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-03-29T10:00" in Europe/London → "2026-03-29T09:00:00.000Z".
 * A time that does not exist (clocks going forward) moves on by the gap;
 * a time that happens twice (clocks going back) is the first of the two.
 */
export function zonedLocalToUtc(local: string, timeZone: string): string {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets just before and after cover any clock change near this time (none are 12 hours apart).
  const before = wall - zoneOffsetMs(wall - HALF_DAY, timeZone);
  const after = wall - zoneOffsetMs(wall + HALF_DAY, timeZone);
  const readsBack = [before, after].filter((instant) => utcToZonedLocal(new Date(instant).toISOString(), timeZone) === local);
  const instant = readsBack.length > 0 ? Math.min(...readsBack) : before;
  return new Date(instant).toISOString();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The reverse, for editing: an instant as "YYYY-MM-DDTHH:mm" on the zone's clocks. */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const p = wallClockParts(new Date(iso).getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

export const isLocalDateTime = (value: string) => LOCAL_PATTERN.test(value);

/** The viewer's own zone, as the browser reports it. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Every zone the browser knows, Europe/London first and the viewer's own next. */
export function timeZoneChoices(own: string = browserTimeZone()): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const first = [...new Set(['Europe/London', own])];
  return [...first, ...all.filter((zone) => !first.includes(zone))];
}

/** "Europe/London" → "London", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const zonePlaceName = (timeZone: string): string => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
