import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import type { ActionModel } from './action.model.js';
import type { NoteModel } from './note.model.js';

/** A session's notes or actions, or some of them by id. */
export type HarvestItems = { sessionId: string } | { ids: string[] };

/** All SQL on session_notes and session_actions. */
@Injectable()
export class HarvestRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  note(id: string): Promise<{ id: string; sessionId: string; authorId: string } | undefined> {
    return this.db.selectFrom('sessionNotes').select(['id', 'sessionId', 'authorId']).where('id', '=', id).executeTakeFirst();
  }

  insertNote(note: { sessionId: string; authorId: string; text: string }, db: Executor): Promise<{ id: string }> {
    return db.insertInto('sessionNotes').values(note).returning('id').executeTakeFirstOrThrow();
  }

  /** Changes a note only if it is still at `expectedVersion`; false if someone changed it since. */
  async editNote(id: string, text: string, expectedVersion: number, editedById: string, db: Executor): Promise<boolean> {
    const row = await db
      .updateTable('sessionNotes')
      .set((eb) => ({ text, version: eb('version', '+', 1), editedById, updatedAt: sql<Date>`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Notes (oldest first) with their authors, in one statement. */
  async notes(which: HarvestItems, db: Executor = this.db): Promise<NoteModel[]> {
    const rows = await db
      .selectFrom('sessionNotes as n')
      .select(['n.id', 'n.sessionId', 'n.text', 'n.version', 'n.createdAt', 'n.updatedAt', 'n.authorId'])
      .select((eb) => displayNameOf(eb.ref('n.authorId')).as('authorName'))
      .where((eb) => ('sessionId' in which ? eb('n.sessionId', '=', which.sessionId) : eb('n.id', '=', eb.fn.any(eb.val(which.ids)))))
      .orderBy('n.createdAt')
      .orderBy('n.id')
      .limit(1000)
      .execute();
    return rows.map(({ authorId, authorName, ...note }) => ({ ...note, author: { id: authorId, displayName: authorName ?? '' } }));
  }

  action(id: string): Promise<{ id: string; sessionId: string; ownerId: string | null; createdById: string } | undefined> {
    return this.db
      .selectFrom('sessionActions')
      .select(['id', 'sessionId', 'ownerId', 'createdById'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insertAction(
    action: { sessionId: string; what: string; ownerName: string; ownerId: string | null; dueOn: string | null; createdById: string },
    db: Executor,
  ): Promise<{ id: string }> {
    return db.insertInto('sessionActions').values(action).returning('id').executeTakeFirstOrThrow();
  }

  async setActionDone(id: string, done: boolean, db: Executor): Promise<void> {
    await db.updateTable('sessionActions').set({ done }).where('id', '=', id).execute();
  }

  /** Actions (oldest first), their due dates as YYYY-MM-DD, in one statement. */
  actions(which: HarvestItems, db: Executor = this.db): Promise<ActionModel[]> {
    return db
      .selectFrom('sessionActions')
      .select(['id', 'sessionId', 'what', 'ownerName', 'ownerId', 'done', 'createdAt'])
      .select(sql<string | null>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOn'))
      .where((eb) => ('sessionId' in which ? eb('sessionId', '=', which.sessionId) : eb('id', '=', eb.fn.any(eb.val(which.ids)))))
      .orderBy('createdAt')
      .orderBy('id')
      .limit(1000)
      .execute();
  }
}
