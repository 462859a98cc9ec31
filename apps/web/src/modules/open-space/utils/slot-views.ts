import { nowAndNext } from './slot-clock';

interface Timed {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** The slot a wall opens on: the one on now, else the next to start, else (the day over) the last. */
export function openingSlot<T extends Timed>(slots: readonly T[], now: number): T | null {
  const { current, next } = nowAndNext(slots, now);
  if (current ?? next) return current ?? next;
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return sorted.at(-1) ?? null;
}

export type BoardColumnKind = 'now' | 'next' | 'then' | 'last';

/**
 * The two slots a projector board shows for every space: now and next while a slot is on; before the
 * day or between slots, next and the one after; after the last slot, the last (as it was).
 */
export function boardColumns<T extends Timed>(slots: readonly T[], now: number): { slot: T; kind: BoardColumnKind }[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const { current, next } = nowAndNext(sorted, now);
  if (current)
    return next
      ? [
          { slot: current, kind: 'now' },
          { slot: next, kind: 'next' },
        ]
      : [{ slot: current, kind: 'now' }];
  if (next) {
    const then = sorted[sorted.indexOf(next) + 1];
    return then
      ? [
          { slot: next, kind: 'next' },
          { slot: then, kind: 'then' },
        ]
      : [{ slot: next, kind: 'next' }];
  }
  const last = sorted.at(-1);
  return last ? [{ slot: last, kind: 'last' }] : [];
}
