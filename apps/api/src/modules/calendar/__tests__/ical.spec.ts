import { calendar, wallClock } from '../ical.js';

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
});
