import { boardColumns, openingSlot } from './slot-views';

const slot = (id: string, from: string, to: string) => ({ id, startsAt: `2027-05-01T${from}:00Z`, endsAt: `2027-05-01T${to}:00Z` });
// Given out of order: the answers go by time.
const slots = [slot('r2', '10:00', '10:50'), slot('r1', '09:00', '09:50'), slot('r3', '11:00', '11:50')];
const at = (time: string) => Date.parse(`2027-05-01T${time}:00Z`);

describe('openingSlot', () => {
  it('opens on the slot on now, else the next, else the last', () => {
    expect(openingSlot(slots, at('10:20'))?.id).toBe('r2');
    expect(openingSlot(slots, at('07:00'))?.id).toBe('r1');
    expect(openingSlot(slots, at('09:55'))?.id).toBe('r2');
    expect(openingSlot(slots, at('18:00'))?.id).toBe('r3');
    expect(openingSlot([], at('10:00'))).toBeNull();
  });
});

describe('boardColumns', () => {
  const kinds = (now: number) => boardColumns(slots, now).map(({ slot: s, kind }) => `${kind}:${s.id}`);

  it('shows now and next while a slot is on', () => {
    expect(kinds(at('09:10'))).toEqual(['now:r1', 'next:r2']);
    expect(kinds(at('11:10'))).toEqual(['now:r3']);
  });

  it('shows next and the one after before the day and between slots', () => {
    expect(kinds(at('08:00'))).toEqual(['next:r1', 'then:r2']);
    expect(kinds(at('10:55'))).toEqual(['next:r3']);
  });

  it('shows the last slot once the day is over, and nothing without slots', () => {
    expect(kinds(at('12:00'))).toEqual(['last:r3']);
    expect(boardColumns([], at('12:00'))).toEqual([]);
  });
});
