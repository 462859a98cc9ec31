import { useEffect, useState } from 'react';
import type { WallFieldsFragment } from '../../../gql/graphql';
import { clockOffset, nowAndNext, untilNextChange } from '../utils/slot-clock';

// Timers wake at least this often, so a device that slept or changed its clock catches up.
const LONGEST_WAIT_MS = 60_000;

interface Clock {
  /** The server time it was corrected by. */
  serverTime: string;
  offset: number;
  now: number;
}

function readClock(serverTime: string): Clock {
  const receivedAt = Date.now();
  const offset = clockOffset(serverTime, receivedAt);
  return { serverTime, offset, now: receivedAt + offset };
}

/**
 * Which slot is on now, and the next: a slot starting is a matter of time, so each page works it out
 * from the slot times on its wall, by the server's clock (each wall says what the server's clock read
 * when it was sent, so a device whose clock is wrong still changes over when the slot starts), and
 * re-renders at the moment a slot starts or ends. No server event is needed for it.
 */
export function useSlotClock(wall: Pick<WallFieldsFragment, 'slots' | 'serverTime'>) {
  const [clock, setClock] = useState(() => readClock(wall.serverTime));

  useEffect(() => {
    // A fresh wall corrects the clock at once; otherwise wake when a slot starts or ends.
    const fresh = clock.serverTime !== wall.serverTime;
    const wait = fresh ? 0 : Math.min(untilNextChange(wall.slots, clock.now) ?? LONGEST_WAIT_MS, LONGEST_WAIT_MS) + 50;
    const timer = setTimeout(
      () => setClock((last) => (fresh ? readClock(wall.serverTime) : { ...last, now: Date.now() + last.offset })),
      wait,
    );
    return () => clearTimeout(timer);
  }, [wall.serverTime, wall.slots, clock]);

  return { now: clock.now, ...nowAndNext(wall.slots, clock.now) };
}
