import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { changedRows } from '../../database/changed-rows.js';
import { ActionEntity } from './action.entity.js';
import type { AddActionInput } from './dtos/add-action.input.js';
import type { AddNoteInput } from './dtos/add-note.input.js';
import type { EditNoteInput } from './dtos/edit-note.input.js';
import { NoteEntity } from './note.entity.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import type { ActionModel } from './action.model.js';
import type { NoteModel } from './note.model.js';
import { SessionsService } from './sessions.service.js';

/** What a breakout harvests: notes written side by side, and actions with an owner and a date. */
@Injectable()
export class HarvestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OpenSpaceAccess,
    private readonly sessions: SessionsService,
    private readonly live: OpenSpaceLive,
  ) {}

  /** Participants (on site or not) write and read a session's notes. */
  private async participantSession(sessionId: string, viewer: Viewer) {
    const session = await this.sessions.sessionFor(sessionId, viewer);
    await this.access.assertParticipant(session.gatheringId, viewer);
    return session;
  }

  async addNote(input: AddNoteInput, viewer: Viewer): Promise<NoteModel> {
    const session = await this.participantSession(input.sessionId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const note = await manager.getRepository(NoteEntity).save({ sessionId: session.id, authorId: viewer.personId, text: input.text });
      await this.live.publish({ g: session.gatheringId, k: 'note', s: session.id, id: note.id }, manager);
      return (await this.notes({ ids: [note.id] }, manager))[0];
    });
  }

  /** Changes a note only if nobody changed it since `expectedVersion`; otherwise CONFLICT, and their words stay. */
  async editNote(input: EditNoteInput, viewer: Viewer): Promise<NoteModel> {
    const note = await this.dataSource.getRepository(NoteEntity).findOneBy({ id: input.noteId });
    if (!note) throw openSpaceError(OpenSpaceError.NoteNotFound);
    const session = await this.participantSession(note.sessionId, viewer);
    if (note.authorId !== viewer.personId && !(await this.access.isConvener(session.gatheringId, viewer))) {
      throw openSpaceError(OpenSpaceError.NotNoteAuthor);
    }
    return this.dataSource.transaction(async (manager) => {
      const changed = await changedRows(
        manager,
        `UPDATE session_notes SET text = $2, version = version + 1, edited_by_id = $4, updated_at = now()
          WHERE id = $1 AND version = $3 RETURNING id`,
        [note.id, input.text, input.expectedVersion, viewer.personId],
      );
      if (changed.length === 0) throw openSpaceError(OpenSpaceError.NoteChanged);
      await this.live.publish({ g: session.gatheringId, k: 'note', s: session.id, id: note.id }, manager);
      return (await this.notes({ ids: [note.id] }, manager))[0];
    });
  }

  async addAction(input: AddActionInput, viewer: Viewer): Promise<ActionModel> {
    const session = await this.participantSession(input.sessionId, viewer);
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.getRepository(ActionEntity).save({
        sessionId: session.id,
        what: input.what,
        ownerName: input.ownerName,
        ownerId: input.ownerId ?? null,
        dueOn: input.dueOn ?? null,
        createdById: viewer.personId,
      });
      await this.live.publish({ g: session.gatheringId, k: 'action', s: session.id, id: action.id }, manager);
      return (await this.actions({ ids: [action.id] }, manager))[0];
    });
  }

  async setActionDone(actionId: string, done: boolean, viewer: Viewer): Promise<ActionModel> {
    const action = await this.dataSource.getRepository(ActionEntity).findOneBy({ id: actionId });
    if (!action) throw openSpaceError(OpenSpaceError.ActionNotFound);
    const session = await this.participantSession(action.sessionId, viewer);
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ActionEntity).update({ id: actionId }, { done });
      await this.live.publish({ g: session.gatheringId, k: 'action', s: session.id, id: actionId }, manager);
      return (await this.actions({ ids: [actionId] }, manager))[0];
    });
  }

  /** Notes of a session (oldest first) or by id, with their authors, in one statement. */
  async notes(
    where: { sessionId: string } | { ids: string[] },
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<NoteModel[]> {
    const rows: (Omit<NoteModel, 'author'> & { authorId: string; authorName: string })[] = await manager.query(
      `SELECT n.id, n.session_id AS "sessionId", n.text, n.version, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
              p.id AS "authorId", p.display_name AS "authorName"
         FROM session_notes n JOIN people p ON p.id = n.author_id
        WHERE ${'sessionId' in where ? 'n.session_id = $1' : 'n.id = ANY($1::uuid[])'}
        ORDER BY n.created_at, n.id LIMIT 1000`,
      ['sessionId' in where ? where.sessionId : where.ids],
    );
    return rows.map(({ authorId, authorName, ...n }) => ({ ...n, author: { id: authorId, displayName: authorName } }));
  }

  async actions(
    where: { sessionId: string } | { ids: string[] },
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<ActionModel[]> {
    return manager.query(
      `SELECT id, session_id AS "sessionId", what, owner_name AS "ownerName", owner_id AS "ownerId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
              done, created_at AS "createdAt"
         FROM session_actions WHERE ${'sessionId' in where ? 'session_id = $1' : 'id = ANY($1::uuid[])'}
        ORDER BY created_at, id LIMIT 1000`,
      ['sessionId' in where ? where.sessionId : where.ids],
    );
  }
}
