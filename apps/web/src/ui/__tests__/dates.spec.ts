import { dateLocale, formatDate, formatDateTime, formatDayAndTime, formatLongDate, formatTime } from '../dates';

describe('dates for people', () => {
  it('is British English unless Welsh', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('en-US')).toBe('en-GB');
    expect(dateLocale('cy')).toBe('cy-GB');
  });

  it('reads a plain date as that calendar day, day before month', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatDate('2027-10-01', 'cy')).toBe('1 Hyd 2027');
    expect(formatDate('2026-03-01T10:00:00.000Z', 'en')).toBe('1 Mar 2026');
  });

  it('gives back text it cannot read', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });

  it('writes moments with a 24-hour clock, seconds when asked', () => {
    expect(formatDateTime('2026-12-06T16:30:05.000Z', 'en')).toMatch(/^6 Dec 2026,? 16:30$/);
    expect(formatDateTime('2026-12-06T16:30:05.000Z', 'en', { seconds: true })).toMatch(/^6 Dec 2026,? 16:30:05$/);
    expect(formatDateTime('2026-12-06T10:00:00.000Z', 'cy')).toMatch(/^6 Rhag 2026/);
    expect(formatDateTime('2027-01-05T20:48:00.000Z', 'en', { long: true })).toMatch(/^5 January 2027( at|,) 20:48$/);
    expect(formatLongDate('2026-03-14T10:00:00.000Z', 'en')).toBe('14 March 2026');
  });

  it('gives a time of day in the zone asked for', () => {
    expect(formatTime('2026-07-01T08:30:00.000Z', 'Europe/London', 'en')).toBe('09:30');
    expect(formatTime('2026-07-01T08:30:00.000Z', 'UTC', 'cy')).toBe('08:30');
    expect(formatDayAndTime('2027-05-01T09:05:00.000Z', 'Europe/London', 'en')).toMatch(/^Sat 1 May,? 10:05$/);
  });
});
