import { expressionBuilder } from 'kysely';
import type { DB } from '../../database/db.generated.js';

// SQL fragments other modules build into their own queries: the open-space
// module's public face onto agenda sessions.

const eb = expressionBuilder<DB>();

/**
 * Sessions as other modules name them (id, gatheringId, title), merged-away ones left out:
 * a derived table to join. Who may see one is its gathering's rule, the caller's to apply.
 */
export function sessionHeadlines() {
  return eb
    .selectFrom('agendaSessions as headline')
    .select(['headline.id', 'headline.gatheringId', 'headline.title'])
    .where('headline.mergedIntoId', 'is', null);
}

/**
 * Who was in which breakout room (session_attendance, kept after the day), with the room's gathering:
 * a derived table (sessionId, gatheringId, personId) to join, e.g. twice for the people who shared a room.
 */
export function roomAttendance() {
  return eb
    .selectFrom('sessionAttendance as attended')
    .innerJoin('agendaSessions as attendedSession', 'attendedSession.id', 'attended.sessionId')
    .select(['attended.sessionId', 'attendedSession.gatheringId', 'attended.personId']);
}

/**
 * The time slots of `gatheringId` that would not fall within [startsAt, endsAt] (label, startsAt, endsAt), a derived
 * table: for the gatherings module to refuse new times that would leave slots outside the day.
 */
export function timeSlotsOutside(gatheringId: string, startsAt: Date, endsAt: Date) {
  return eb
    .selectFrom('timeSlots as outside')
    .select(['outside.label', 'outside.startsAt', 'outside.endsAt'])
    .where('outside.gatheringId', '=', gatheringId)
    .where((w) => w.or([w('outside.startsAt', '<', startsAt), w('outside.endsAt', '>', endsAt)]));
}
