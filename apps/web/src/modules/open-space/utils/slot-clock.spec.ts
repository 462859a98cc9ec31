import { clockOffset, nowAndNext, untilNextChange } from './slot-clock';

const at = (time: string) => Date.parse(`2026-06-13T${time}:00.000Z`);
const slot = (id: string, start: string, end: string) => ({
  id,
  startsAt: `2026-06-13T${start}:00.000Z`,
  endsAt: `2026-06-13T${end}:00.000Z`,
});
const slots = [slot('b', '11:00', '11:50'), slot('a', '10:00', '10:50'), slot('c', '13:00', '13:50')];

describe('slot clock', () => {
  it('finds the slot on now and the next, in any order, with gaps between', () => {
    expect(nowAndNext(slots, at('09:30'))).toEqual({ current: null, next: slots[1] });
    expect(nowAndNext(slots, at('10:00'))).toEqual({ current: slots[1], next: slots[0] });
    expect(nowAndNext(slots, at('10:50'))).toEqual({ current: null, next: slots[0] });
    expect(nowAndNext(slots, at('13:10'))).toEqual({ current: slots[2], next: null });
    expect(nowAndNext(slots, at('14:00'))).toEqual({ current: null, next: null });
  });

  it('says how long until the next start or end', () => {
    expect(untilNextChange(slots, at('09:59'))).toBe(60_000);
    expect(untilNextChange(slots, at('10:10'))).toBe(40 * 60_000);
    expect(untilNextChange(slots, at('14:00'))).toBeNull();
  });

  it('measures how far the device’s clock is from the server’s', () => {
    expect(clockOffset('2026-06-13T10:00:05.000Z', at('10:00'))).toBe(5_000);
  });
});
