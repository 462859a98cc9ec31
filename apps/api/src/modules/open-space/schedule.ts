import { UnplacedReason, type SpaceTag } from './open-space.enums.js';

// The schedule suggestion, as a pure function: what the wall holds goes in,
// a proposed placement comes out. No database, so every rule is unit-tested.

/** A session not yet on the wall. */
export interface WaitingSession {
  id: string;
  hostId: string;
  needs: readonly SpaceTag[];
  /** How many people starred it. */
  interestCount: number;
  createdAt: Date;
}

export interface ScheduleSpace {
  id: string;
  capacity: number;
  tags: readonly SpaceTag[];
}

export interface ScheduleSlot {
  id: string;
  startsAt: Date;
}

/** A cell already on the wall, and who hosts the session in it. */
export interface TakenCell {
  slotId: string;
  spaceId: string;
  hostId: string;
}

export interface ScheduleInput {
  waiting: readonly WaitingSession[];
  spaces: readonly ScheduleSpace[];
  slots: readonly ScheduleSlot[];
  taken: readonly TakenCell[];
}

export interface SuggestedPlacement {
  sessionId: string;
  slotId: string;
  spaceId: string;
}

export interface LeftUnplaced {
  sessionId: string;
  code: UnplacedReason;
  /** The code, in English. */
  reason: string;
}

export interface Schedule {
  placements: SuggestedPlacement[];
  unplaced: LeftUnplaced[];
}

export const UNPLACED_REASONS: Record<UnplacedReason, string> = {
  [UnplacedReason.NO_SUITABLE_SPACE]: 'No space has everything it needs.',
  [UnplacedReason.NO_FREE_CELL]: 'Every suitable cell is taken, or its host is busy.',
};

/** Ids compare as PostgreSQL compares uuids (byte order), whatever the locale. */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lexicographic comparison of scores. */
const isLess = (a: number[], b: number[]): boolean => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] < b[i];
};

/**
 * A proposed placement of the sessions not yet on the wall: the most starred
 * first (then the oldest), each into the earliest slot where its host is free
 * and a free space has every tag it needs; among those spaces, one that holds
 * everyone interested, sparing rooms with tags others may need, the snuggest
 * (or, if none holds them all, the biggest). Each unplaced session says why.
 */
export function suggestSchedule({ waiting, spaces, slots, taken }: ScheduleInput): Schedule {
  const bySize = [...spaces].sort((a, b) => a.capacity - b.capacity || byId(a.id, b.id));
  const byTime = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || byId(a.id, b.id));
  const cells = new Set(taken.map((t) => `${t.slotId}:${t.spaceId}`));
  const hosting = new Set(taken.map((t) => `${t.slotId}:${t.hostId}`));
  const queue = [...waiting].sort(
    (a, b) => b.interestCount - a.interestCount || a.createdAt.getTime() - b.createdAt.getTime() || byId(a.id, b.id),
  );
  const schedule: Schedule = { placements: [], unplaced: [] };
  for (const session of queue) {
    const suited = bySize.filter((space) => session.needs.every((need) => space.tags.includes(need)));
    const cell = bestCell(session, byTime, suited, cells, hosting);
    if (!cell) {
      // NO_FREE_CELL only when some slot has its host free and some space has what it needs.
      const hostFree = byTime.some((slot) => !hosting.has(`${slot.id}:${session.hostId}`));
      const code = suited.length > 0 && hostFree ? UnplacedReason.NO_FREE_CELL : UnplacedReason.NO_SUITABLE_SPACE;
      schedule.unplaced.push({ sessionId: session.id, code, reason: UNPLACED_REASONS[code] });
      continue;
    }
    cells.add(`${cell.slotId}:${cell.spaceId}`);
    hosting.add(`${cell.slotId}:${session.hostId}`);
    schedule.placements.push({ sessionId: session.id, ...cell });
  }
  return schedule;
}

/** The best free cell of the earliest slot that has one (its host free), among the spaces suited to the session. */
function bestCell(
  session: WaitingSession,
  slots: readonly ScheduleSlot[],
  suited: readonly ScheduleSpace[],
  cells: ReadonlySet<string>,
  hosting: ReadonlySet<string>,
): { slotId: string; spaceId: string } | null {
  for (const slot of slots) {
    if (hosting.has(`${slot.id}:${session.hostId}`)) continue;
    let best: { space: ScheduleSpace; score: number[] } | null = null;
    for (const space of suited) {
      if (cells.has(`${slot.id}:${space.id}`)) continue;
      const fits = space.capacity >= session.interestCount;
      const score = [
        fits ? 0 : 1,
        space.tags.filter((tag) => !session.needs.includes(tag)).length,
        fits ? space.capacity : -space.capacity,
      ];
      if (!best || isLess(score, best.score)) best = { space, score };
    }
    if (best) return { slotId: slot.id, spaceId: best.space.id };
  }
  return null;
}
