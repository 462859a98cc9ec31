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
