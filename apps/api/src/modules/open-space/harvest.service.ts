import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db } from '../../database/database.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { ActionModel } from './action.model.js';
import type { AddActionInput } from './dtos/add-action.input.js';
import type { AddNoteInput } from './dtos/add-note.input.js';
import type { EditNoteInput } from './dtos/edit-note.input.js';
import { HarvestRepository, type HarvestItems } from './harvest.repository.js';
import type { NoteModel } from './note.model.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import { SessionsService } from './sessions.service.js';

/** What a breakout harvests: notes written side by side, and actions with an owner and a date. */
@Injectable()
export class HarvestService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly harvest: HarvestRepository,
    private readonly access: OpenSpaceAccess,
    private readonly sessions: SessionsService,
    private readonly live: OpenSpaceLive,
    private readonly notifications: NotificationsService,
  ) {}

  /** Participants (on site or not) write and read a session's notes. */
  private async participantSession(sessionId: string, viewer: Viewer, options?: { evenIfClosed: boolean }) {
    // What lives on after the day (an action's done mark) may change in a closed gathering.
    const session = options?.evenIfClosed
      ? await this.sessions.visibleSession(sessionId, viewer)
      : await this.sessions.sessionFor(sessionId, viewer);
    await this.access.assertParticipant(session.gatheringId, viewer);
    return session;
  }

  async addNote(input: AddNoteInput, viewer: Viewer): Promise<NoteModel> {
    const session = await this.participantSession(input.sessionId, viewer);
    return this.db.transaction().execute(async (trx) => {
      const note = await this.harvest.insertNote({ sessionId: session.id, authorId: viewer.personId, text: input.text }, trx);
      await this.live.publish({ g: session.gatheringId, k: 'note', s: session.id, id: note.id }, trx);
      return (await this.harvest.notes({ ids: [note.id] }, trx))[0];
    });
  }

  /** Changes a note only if nobody changed it since `expectedVersion`; otherwise CONFLICT, and their words stay. */
  async editNote(input: EditNoteInput, viewer: Viewer): Promise<NoteModel> {
    const note = await this.harvest.note(input.noteId);
    if (!note) throw openSpaceError(OpenSpaceError.NoteNotFound);
    const session = await this.participantSession(note.sessionId, viewer);
    if (note.authorId !== viewer.personId && !(await this.access.isConvener(session.gatheringId, viewer))) {
      throw openSpaceError(OpenSpaceError.NotNoteAuthor);
    }
    return this.db.transaction().execute(async (trx) => {
      if (!(await this.harvest.editNote(note.id, input.text, input.expectedVersion, viewer.personId, trx))) {
        throw openSpaceError(OpenSpaceError.NoteChanged);
      }
      await this.live.publish({ g: session.gatheringId, k: 'note', s: session.id, id: note.id }, trx);
      return (await this.harvest.notes({ ids: [note.id] }, trx))[0];
    });
  }

  /**
   * Records an action. Its owner is someone taking part in the gathering
   * (anyone else's id is refused) or, with no id, a name in words for someone
   * not on Weave; an owner other than the recorder is told (ACTION_GIVEN).
   */
  async addAction(input: AddActionInput, viewer: Viewer): Promise<ActionModel> {
    const session = await this.participantSession(input.sessionId, viewer);
    const ownerId = input.ownerId ?? null;
    if (ownerId && !(await this.access.takesPart(session.gatheringId, { ...viewer, personId: ownerId }))) {
      throw openSpaceError(OpenSpaceError.OwnerNotParticipant);
    }
    return this.db.transaction().execute(async (trx) => {
      const action = await this.harvest.insertAction(
        {
          sessionId: session.id,
          what: input.what,
          ownerName: input.ownerName,
          ownerId,
          dueOn: input.dueOn ?? null,
          createdById: viewer.personId,
        },
        trx,
      );
      if (ownerId) {
        await this.notifications.notify(
          {
            kind: NotificationKind.ACTION_GIVEN,
            recipientIds: [ownerId],
            actorId: viewer.personId,
            subject: { type: NotificationSubject.ACTION, id: action.id },
            eventKey: `action-given:${action.id}`,
            data: { what: input.what, sessionTitle: session.title, gatheringId: session.gatheringId },
          },
          trx,
        );
      }
      await this.live.publish({ g: session.gatheringId, k: 'action', s: session.id, id: action.id }, trx);
      return (await this.harvest.actions({ ids: [action.id] }, trx))[0];
    });
  }

  /** Its owner, whoever recorded it, or a convener marks an action done (or not); other participants may not. */
  async setActionDone(actionId: string, done: boolean, viewer: Viewer): Promise<ActionModel> {
    const action = await this.harvest.action(actionId);
    if (!action) throw openSpaceError(OpenSpaceError.ActionNotFound);
    // Actions live on after the day: they are marked done once the gathering has closed, too.
    const session = await this.participantSession(action.sessionId, viewer, { evenIfClosed: true });
    const own = action.ownerId === viewer.personId || action.createdById === viewer.personId;
    if (!own && !(await this.access.isConvener(session.gatheringId, viewer))) throw openSpaceError(OpenSpaceError.NotActionOwner);
    return this.db.transaction().execute(async (trx) => {
      await this.harvest.setActionDone(actionId, done, trx);
      await this.live.publish({ g: session.gatheringId, k: 'action', s: session.id, id: actionId }, trx);
      return (await this.harvest.actions({ ids: [actionId] }, trx))[0];
    });
  }

  /** Notes of a session (oldest first) or by id, with their authors, in one statement. */
  notes(which: HarvestItems): Promise<NoteModel[]> {
    return this.harvest.notes(which);
  }

  /** Actions of a session (oldest first) or by id, in one statement. */
  actions(which: HarvestItems): Promise<ActionModel[]> {
    return this.harvest.actions(which);
  }
}
