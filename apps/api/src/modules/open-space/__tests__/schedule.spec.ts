import { SpaceTag, UnplacedReason } from '../open-space.enums.js';
import { suggestSchedule, type ScheduleInput, type ScheduleSpace, type WaitingSession } from '../schedule.js';

const morning = { id: 'slot-1', startsAt: new Date('2027-05-01T10:00:00Z') };
const afternoon = { id: 'slot-2', startsAt: new Date('2027-05-01T14:00:00Z') };
const room = (id: string, capacity: number, tags: SpaceTag[] = []): ScheduleSpace => ({ id, capacity, tags });
let made = 0;
const session = (id: string, fields: Partial<WaitingSession> = {}): WaitingSession => ({
  id,
  hostId: `host-of-${id}`,
  needs: [],
  interestCount: 0,
  createdAt: new Date(Date.UTC(2027, 0, 1, 0, 0, made++)),
  ...fields,
});
const plan = (input: Partial<ScheduleInput>) => suggestSchedule({ waiting: [], spaces: [], slots: [morning], taken: [], ...input });
const cellOf = (schedule: ReturnType<typeof suggestSchedule>, sessionId: string) =>
  schedule.placements.find((p) => p.sessionId === sessionId);

describe('suggestSchedule', () => {
  it('places the most starred first, then the oldest', () => {
    const older = session('older', { interestCount: 1 });
    const newer = session('newer', { interestCount: 1 });
    const starred = session('starred', { interestCount: 5 });
    const schedule = plan({ waiting: [newer, older, starred], spaces: [room('hall', 50)], slots: [morning, afternoon] });
    expect(schedule.placements).toEqual([
      { sessionId: 'starred', slotId: 'slot-1', spaceId: 'hall' },
      { sessionId: 'older', slotId: 'slot-2', spaceId: 'hall' },
    ]);
    expect(schedule.unplaced.map((u) => u.sessionId)).toEqual(['newer']);
  });

  it('takes the earliest slot with a free suitable cell, whatever order the slots come in', () => {
    const schedule = plan({ waiting: [session('a')], spaces: [room('hall', 50)], slots: [afternoon, morning] });
    expect(cellOf(schedule, 'a')?.slotId).toBe('slot-1');
  });

  it('chooses the smallest room that holds everyone interested', () => {
    const schedule = plan({ waiting: [session('a', { interestCount: 3 })], spaces: [room('hall', 40), room('tiny', 2), room('snug', 10)] });
    expect(cellOf(schedule, 'a')?.spaceId).toBe('snug');
  });

  it('chooses the biggest room when none holds everyone interested', () => {
    const schedule = plan({
      waiting: [session('a', { interestCount: 60 })],
      spaces: [room('tiny', 2), room('hall', 40), room('snug', 10)],
    });
    expect(cellOf(schedule, 'a')?.spaceId).toBe('hall');
  });

  it('spares rooms with tags the session does not need, even when they fit more snugly', () => {
    const spaces = [room('captioned', 10, [SpaceTag.CAPTIONED]), room('plain', 30)];
    expect(cellOf(plan({ waiting: [session('a', { interestCount: 3 })], spaces }), 'a')?.spaceId).toBe('plain');
    // A room that holds everyone still comes before sparing tags.
    expect(
      cellOf(
        plan({ waiting: [session('b', { interestCount: 20 })], spaces: [room('captioned', 30, [SpaceTag.CAPTIONED]), room('plain', 10)] }),
        'b',
      )?.spaceId,
    ).toBe('captioned');
  });

  it('goes only where every need is met', () => {
    const needy = session('needy', { needs: [SpaceTag.STEP_FREE, SpaceTag.QUIET], interestCount: 1 });
    const spaces = [room('steps', 100, [SpaceTag.QUIET]), room('garden', 5, [SpaceTag.STEP_FREE, SpaceTag.QUIET, SpaceTag.CAPTIONED])];
    expect(cellOf(plan({ waiting: [needy], spaces }), 'needy')?.spaceId).toBe('garden');
  });

  it('keeps a host to one place per slot, counting what is already on the wall', () => {
    const first = session('first', { hostId: 'ana', interestCount: 2 });
    const second = session('second', { hostId: 'ana', interestCount: 1 });
    const spaces = [room('hall', 50), room('garden', 50)];
    const schedule = plan({ waiting: [first, second], spaces, slots: [morning, afternoon] });
    expect(cellOf(schedule, 'first')?.slotId).toBe('slot-1');
    expect(cellOf(schedule, 'second')?.slotId).toBe('slot-2');

    const busy = plan({
      waiting: [first],
      spaces,
      slots: [morning, afternoon],
      taken: [{ slotId: 'slot-1', spaceId: 'hall', hostId: 'ana' }],
    });
    expect(cellOf(busy, 'first')).toEqual({ sessionId: 'first', slotId: 'slot-2', spaceId: 'garden' });
  });

  it('never uses a cell already taken', () => {
    const schedule = plan({
      waiting: [session('a')],
      spaces: [room('hall', 50), room('garden', 50)],
      taken: [{ slotId: 'slot-1', spaceId: 'garden', hostId: 'ben' }],
    });
    expect(cellOf(schedule, 'a')?.spaceId).toBe('hall');
  });

  it('says why it leaves a session unplaced', () => {
    const quiet = session('quiet', { needs: [SpaceTag.QUIET] });
    const captions = session('captions', { needs: [SpaceTag.CAPTIONED] });
    const schedule = plan({
      waiting: [quiet, captions],
      spaces: [room('captioned', 10, [SpaceTag.CAPTIONED])],
      taken: [{ slotId: 'slot-1', spaceId: 'captioned', hostId: 'ben' }],
    });
    expect(schedule.placements).toEqual([]);
    expect(schedule.unplaced).toEqual([
      { sessionId: 'quiet', code: UnplacedReason.NO_SUITABLE_SPACE, reason: 'No space has everything it needs.' },
      { sessionId: 'captions', code: UnplacedReason.NO_FREE_CELL, reason: 'Every suitable cell is taken, or its host is busy.' },
    ]);
    expect(plan({ waiting: [session('a')], spaces: [room('hall', 5)], slots: [] }).unplaced[0].code).toBe(UnplacedReason.NO_SUITABLE_SPACE);
  });

  it('changes nothing it is given', () => {
    const input: ScheduleInput = {
      waiting: [session('b'), session('a', { interestCount: 3 })],
      spaces: [room('hall', 50), room('garden', 5)],
      slots: [afternoon, morning],
      taken: [],
    };
    const copy = structuredClone(input);
    plan(input);
    expect(input).toEqual(copy);
  });
});
