import { calendar, wallClock } from '../ical.js';
import { parseICalendar, unescapeText } from './ical-reading.js';

describe('iCalendar output', () => {
  it('turns an instant into the wall-clock time of its zone, across daylight saving', () => {
    expect(wallClock(new Date('2027-06-01T10:00:00Z'), 'Europe/London').toISOString()).toBe('2027-06-01T11:00:00.000Z');
    expect(wallClock(new Date('2027-01-15T10:00:00Z'), 'Europe/London').toISOString()).toBe('2027-01-15T10:00:00.000Z');
    expect(wallClock(new Date('2027-06-01T10:00:00Z'), 'America/New_York').toISOString()).toBe('2027-06-01T06:00:00.000Z');
  });

  it('writes events with TZID and the zone definition', () => {
    const text = calendar('Test', [
      {
        id: 'g1',
        title: 'Summer Open Space',
        description: 'Bring a friend',
        startsAt: new Date('2027-06-01T10:00:00Z'),
        endsAt: new Date('2027-06-01T12:30:00Z'),
        timeZone: 'Europe/London',
        location: 'Cardiff',
        url: 'http://localhost:3000/gatherings/summer',
      },
    ]).toString();
    expect(text).toContain('DTSTART;TZID=Europe/London:20270601T110000');
    expect(text).toContain('DTEND;TZID=Europe/London:20270601T133000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:Europe/London');
    expect(text).toContain('SUMMARY:Summer Open Space');
    expect(text).toContain('UID:g1@weave');
  });

  it('escapes every property, the calendar name included: a line break in a title cannot add a property or an event', () => {
    const hostile = 'Picnic\r\nBEGIN:VEVENT\r\nSUMMARY:Injected; really, \\ truly\nURL:https://evil.example';
    const text = calendar(`Weave: ${hostile}`, [
      {
        id: 'g1',
        title: hostile,
        description: hostile,
        startsAt: new Date('2027-06-01T10:00:00Z'),
        endsAt: new Date('2027-06-01T12:30:00Z'),
        timeZone: 'Europe/London',
        location: hostile,
        url: 'http://localhost:3000/gatherings/picnic',
      },
    ]).toString();
    const properties = parseICalendar(text);
    // One calendar, one event: nothing the title said became a line of its own.
    expect(properties.filter(([name]) => name === 'BEGIN').map(([, value]) => value)).toEqual([
      'VCALENDAR',
      'VTIMEZONE',
      'DAYLIGHT',
      'STANDARD',
      'VEVENT',
    ]);
    expect(properties.filter(([name]) => name === 'SUMMARY')).toHaveLength(1);
    expect(properties.filter(([name]) => name === 'URL')).toHaveLength(1);
    // Each property, unescaped as a calendar reads it, says exactly what was typed.
    const value = (name: string) => unescapeText(properties.find(([n]) => n === name)![1]);
    for (const name of ['NAME', 'X-WR-CALNAME']) expect(value(name)).toBe(`Weave: ${hostile.replace(/\r\n/g, '\n')}`);
    for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION']) expect(value(name)).toBe(hostile.replace(/\r\n/g, '\n'));
  });
});
