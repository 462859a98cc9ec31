import { formatDate } from './format-date';

describe('formatDate', () => {
  it('reads a plain date as that calendar day', () => {
    expect(formatDate('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
  });

  it('formats a date-time', () => {
    expect(formatDate('2026-03-01T10:00:00.000Z', 'en-GB')).toBe('1 Mar 2026');
  });

  it('writes English dates the British way', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
  });

  it('gives back text it cannot read', () => {
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});
