import { dateLocale } from '../../../ui/dates';
import { zonePlaceName } from './zoned-time';

export interface WhenParts {
  /** The day (or days) in the gathering's zone, e.g. "Saturday 14 March 2026". */
  date: string;
  /** Times in the gathering's zone, e.g. "10:00–16:00". */
  times: string;
  /** Where the zone is, e.g. "London". */
  place: string;
  /** The same times on the viewer's clocks, when they differ; with the day if that differs too. */
  viewerTimes?: string;
}

interface Timed {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function range(start: Date, end: Date, timeZone: string, language: string, withDays: boolean): string {
  const locale = dateLocale(language);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const sameDay = dayKey(start, timeZone) === dayKey(end, timeZone);
  if (!withDays && sameDay) return `${time.format(start)}–${time.format(end)}`;
  if (sameDay) return `${day.format(start)} ${time.format(start)}–${time.format(end)}`;
  return `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

/** When a gathering happens, in its own zone and (if different) the viewer's. */
export function describeWhen(gathering: Timed, viewerTimeZone: string, language: string): WhenParts {
  const start = new Date(gathering.startsAt);
  const end = new Date(gathering.endsAt);
  const { timeZone } = gathering;
  const longDay = new Intl.DateTimeFormat(dateLocale(language), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const sameDay = dayKey(start, timeZone) === dayKey(end, timeZone);
  const date = sameDay ? longDay.format(start) : `${longDay.format(start)} – ${longDay.format(end)}`;
  const times = range(start, end, timeZone, language, !sameDay);
  const clocks = (zone: string) => `${dayKey(start, zone)} ${range(start, end, zone, 'en', true)}`;
  const differs = clocks(timeZone) !== clocks(viewerTimeZone);
  // Show the day on the viewer's side only when it is not the gathering's day.
  const viewerDayDiffers = dayKey(start, viewerTimeZone) !== dayKey(start, timeZone) || !sameDay;
  return {
    date,
    times,
    place: zonePlaceName(timeZone),
    viewerTimes: differs ? range(start, end, viewerTimeZone, language, viewerDayDiffers) : undefined,
  };
}
