import { Injectable } from '@nestjs/common';
import { DayRecordRepository, type ActionElsewhere, type DayAction, type DayNote, type DaySession } from './day-record.repository.js';

export type { ActionElsewhere, DayAction, DayNote, DaySession } from './day-record.repository.js';

/** The whole of a gathering's day (sessions, notes, actions), read in a fixed number of statements. */
export interface DayRecord {
  sessions: DaySession[];
  notes: DayNote[];
  actions: DayAction[];
}

/**
 * Open space's record of the day, for the harvest and for lists of actions
 * across gatherings. Deciding who may read it is the caller's rule.
 */
@Injectable()
export class DayRecordService {
  constructor(private readonly record: DayRecordRepository) {}

  /** Three statements, whatever the number of sessions. */
  async of(gatheringId: string): Promise<DayRecord> {
    const [sessions, notes, actions] = await Promise.all([
      this.record.sessions(gatheringId),
      this.record.notes(gatheringId),
      this.record.actions(gatheringId),
    ]);
    return { sessions, notes, actions };
  }

  /** The actions a person owns, open ones first, soonest due first; one statement. */
  ownedBy(personId: string, limit = 500): Promise<ActionElsewhere[]> {
    return this.record.ownedBy(personId, limit);
  }

  /** Open actions owned by someone on Weave, due between two dates (YYYY-MM-DD, both included). */
  openDueBetween(from: string, to: string): Promise<ActionElsewhere[]> {
    return this.record.openDueBetween(from, to);
  }
}
