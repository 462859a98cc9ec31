import { timeZoneChoices, utcToZonedLocal, zonedLocalToUtc, zonePlaceName } from './zoned-time';

describe('zonedLocalToUtc', () => {
  it('reads winter London time as UTC', () => {
    expect(zonedLocalToUtc('2026-01-15T10:00', 'Europe/London')).toBe('2026-01-15T10:00:00.000Z');
  });

  it('reads summer London time as an hour ahead of UTC', () => {
    expect(zonedLocalToUtc('2026-06-15T10:00', 'Europe/London')).toBe('2026-06-15T09:00:00.000Z');
  });

  it('gets both sides of the spring clock change in London right', () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026.
    expect(zonedLocalToUtc('2026-03-29T00:30', 'Europe/London')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedLocalToUtc('2026-03-29T03:00', 'Europe/London')).toBe('2026-03-29T02:00:00.000Z');
  });

  it('moves a time that does not exist (01:30 on the spring change) on by the gap', () => {
    const instant = zonedLocalToUtc('2026-03-29T01:30', 'Europe/London');
    expect(instant).toBe('2026-03-29T01:30:00.000Z');
    expect(utcToZonedLocal(instant, 'Europe/London')).toBe('2026-03-29T02:30');
  });

  it('takes the first of a time that happens twice (01:30 on the autumn change)', () => {
    expect(zonedLocalToUtc('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles zones far from UTC and with half hours', () => {
    expect(zonedLocalToUtc('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T13:00:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T09:00', 'Asia/Kolkata')).toBe('2026-07-01T03:30:00.000Z');
  });

  it('refuses anything that is not YYYY-MM-DDTHH:mm', () => {
    expect(() => zonedLocalToUtc('2026-07-01', 'Europe/London')).toThrow(RangeError);
  });
});

describe('utcToZonedLocal', () => {
  it('round-trips with zonedLocalToUtc', () => {
    for (const local of ['2026-01-15T10:00', '2026-06-15T23:45', '2026-03-29T03:00']) {
      expect(utcToZonedLocal(zonedLocalToUtc(local, 'Europe/London'), 'Europe/London')).toBe(local);
      expect(utcToZonedLocal(zonedLocalToUtc(local, 'Pacific/Auckland'), 'Pacific/Auckland')).toBe(local);
    }
  });
});

describe('time zone helpers', () => {
  it('lists London first and the viewer’s own zone next, without repeats', () => {
    const zones = timeZoneChoices('America/Chicago');
    expect(zones.slice(0, 2)).toEqual(['Europe/London', 'America/Chicago']);
    expect(zones.filter((zone) => zone === 'America/Chicago')).toHaveLength(1);
  });

  it('names the place of a zone', () => {
    expect(zonePlaceName('Europe/London')).toBe('London');
    expect(zonePlaceName('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});
