import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { escape, type ICalCalendar } from 'ical-generator';

export interface CalendarEvent {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  url: string;
}

/**
 * ical-generator writes a Date given with a TZID using its UTC fields, so
 * hand it the wall-clock time in that zone expressed as UTC.
 */
export function wallClock(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second));
}

/**
 * An iCalendar file with one VTIMEZONE per zone used and one event per gathering.
 * Every text here can come from people (a title, a display name), so every
 * property is escaped by the library's own `escape` (backslash, `;`, `,` and
 * line breaks): ical-generator escapes an event's properties itself but writes
 * the calendar's NAME and X-WR-CALNAME as given, where a line break would start
 * a property of the attacker's choosing.
 */
export function calendar(name: string, events: CalendarEvent[]): ICalCalendar {
  const cal = ical({ name: escape(name, false), prodId: { company: 'Weave', product: 'Weave gatherings', language: 'EN' } });
  for (const zone of new Set(events.map((e) => e.timeZone))) cal.timezone({ name: zone, generator: getVtimezoneComponent });
  for (const e of events) {
    cal.createEvent({
      id: `${e.id}@weave`,
      summary: e.title,
      description: e.description,
      start: wallClock(e.startsAt, e.timeZone),
      end: wallClock(e.endsAt, e.timeZone),
      timezone: e.timeZone,
      location: e.location,
      url: e.url,
    });
  }
  return cal;
}
