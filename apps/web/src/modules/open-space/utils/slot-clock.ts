interface Timed {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** The slot on at `now` (ms) and the next one to start, from slots in any order. */
export function nowAndNext<T extends Timed>(slots: readonly T[], now: number): { current: T | null; next: T | null } {
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const current = sorted.find((slot) => Date.parse(slot.startsAt) <= now && now < Date.parse(slot.endsAt)) ?? null;
  const next = sorted.find((slot) => Date.parse(slot.startsAt) > now) ?? null;
  return { current, next };
}

/** How long from `now` until a slot starts or ends (the next moment the answer of nowAndNext changes); null when none is ahead. */
export function untilNextChange(slots: readonly Timed[], now: number): number | null {
  const ahead = slots
    .flatMap((slot) => [Date.parse(slot.startsAt), Date.parse(slot.endsAt)])
    .filter((moment) => moment > now)
    .sort((a, b) => a - b);
  return ahead.length > 0 ? ahead[0] - now : null;
}

/** The difference between the server's clock and this device's, from a time the server just sent. */
export const clockOffset = (serverTime: string, receivedAt: number): number => Date.parse(serverTime) - receivedAt;
