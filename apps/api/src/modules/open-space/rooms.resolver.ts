import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { sameForEveryone } from '../../common/graphql/shared-events.js';
import { AgendaService } from './agenda.service.js';
import { AddActionInput, AddNoteInput, EditNoteInput, SetActionDoneInput } from './dtos/harvest.input.js';
import { SessionIdInput } from './dtos/ids.input.js';
import { GatheringIdInput } from '../gatherings/dtos/gathering-id.input.js';
import { HarvestService } from './harvest.service.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive, roomTopic } from './open-space-live.service.js';
import { ActionModel, NoteModel, PresenceModel, RoomModel, RoomUpdate } from './open-space.model.js';
import { RoomsService } from './rooms.service.js';

@Resolver(() => RoomModel)
export class RoomsResolver {
  constructor(
    private readonly rooms: RoomsService,
    private readonly agenda: AgendaService,
    private readonly harvest: HarvestService,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
  ) {}

  /** The room of a placed session, for participants (on site or following from afar). */
  private async room(sessionId: string, viewer: Viewer): Promise<RoomModel> {
    const entity = await this.agenda.sessionFor(sessionId, viewer);
    await this.access.assertParticipant(entity.gatheringId, viewer);
    return this.loadRoom(sessionId);
  }

  private async loadRoom(sessionId: string): Promise<RoomModel> {
    const [[session], people, notes, actions] = await Promise.all([
      this.agenda.sessionModels([sessionId]),
      this.rooms.peopleIn(sessionId),
      this.harvest.notes({ sessionId }),
      this.harvest.actions({ sessionId }),
    ]);
    return { session, people, notes, actions };
  }

  @SignedIn()
  @Query(() => RoomModel, { name: 'room', description: 'A breakout room: the session, who is here now, notes and actions (participants).' })
  roomQuery(@Args('sessionId', { type: () => ID }) sessionId: string, @CurrentViewer() viewer: Viewer): Promise<RoomModel> {
    return this.room(sessionId, viewer);
  }

  @SignedIn()
  @Query(() => PresenceModel, { description: 'Which room you are in at a gathering.' })
  myPresence(@Args('gatheringId', { type: () => ID }) gatheringId: string, @CurrentViewer() viewer: Viewer): Promise<PresenceModel> {
    return this.rooms.presence(gatheringId, viewer);
  }

  @SignedIn()
  @Subscription(() => RoomUpdate, {
    description:
      'A room live: first the whole room, again whenever the session or who is here changes, and new or changed notes and actions. ' +
      'While you are in this room and subscribed, your presence is kept; it ends a short while after you disconnect.',
  })
  async roomUpdates(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<{ roomUpdates: RoomUpdate }>> {
    const first = await this.room(sessionId, viewer); // refuses at once whoever may not take part
    const release = this.rooms.keepPresent(first.session.gatheringId, viewer.personId);
    let fresh: RoomModel | null = first;
    return this.live.stream(
      roomTopic(sessionId),
      async () => {
        const snapshot = fresh ?? (await this.loadRoom(sessionId));
        fresh = null;
        return { roomUpdates: { snapshot, notes: [], actions: [] } };
      },
      async (signal) => {
        // Access was checked on subscribing; what changed is loaded once for every subscriber here.
        // A room looks the same to everyone in it: one execution per change for all of them (sameForEveryone).
        return this.live.shared(signal, async () => {
          if (signal.resync || signal.sessionIds.length > 0) {
            return sameForEveryone({ roomUpdates: { snapshot: await this.loadRoom(sessionId), notes: [], actions: [] } });
          }
          const [notes, actions] = await Promise.all([
            signal.noteIds.length ? this.harvest.notes({ ids: signal.noteIds }) : [],
            signal.actionIds.length ? this.harvest.actions({ ids: signal.actionIds }) : [],
          ]);
          return sameForEveryone({ roomUpdates: { snapshot: null, notes, actions } });
        });
      },
      release,
    );
  }

  @SignedIn()
  @Mutation(() => PresenceModel, {
    description: 'Moves you into a session’s room, out of any other (law of two feet). CONFLICT when full.',
  })
  joinRoom(@Args('input') input: SessionIdInput, @CurrentViewer() viewer: Viewer): Promise<PresenceModel> {
    return this.rooms.join(input.sessionId, viewer);
  }

  @SignedIn()
  @Mutation(() => PresenceModel, { description: 'Leaves whichever room you are in at a gathering.' })
  leaveRoom(@Args('input') input: GatheringIdInput, @CurrentViewer() viewer: Viewer): Promise<PresenceModel> {
    return this.rooms.leave(input.gatheringId, viewer);
  }

  @SignedIn()
  @Mutation(() => PresenceModel, {
    description: 'Moves you to a room in the same time slot with space, where you know fewest of the people there.',
  })
  joinSomewhereNew(@Args('input') input: GatheringIdInput, @CurrentViewer() viewer: Viewer): Promise<PresenceModel> {
    return this.rooms.somewhereNew(input.gatheringId, viewer);
  }

  @SignedIn()
  @Mutation(() => NoteModel, { description: 'Adds a note to a session’s harvest.' })
  addNote(@Args('input') input: AddNoteInput, @CurrentViewer() viewer: Viewer): Promise<NoteModel> {
    return this.harvest.addNote(input, viewer);
  }

  @SignedIn()
  @Mutation(() => NoteModel, { description: 'Edits your note (or any, as a convener); CONFLICT if someone changed it since your version.' })
  editNote(@Args('input') input: EditNoteInput, @CurrentViewer() viewer: Viewer): Promise<NoteModel> {
    return this.harvest.editNote(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ActionModel, { description: 'Records an action: what, who owns it, by when.' })
  addAction(@Args('input') input: AddActionInput, @CurrentViewer() viewer: Viewer): Promise<ActionModel> {
    return this.harvest.addAction(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ActionModel, { description: 'Marks an action done, or not done.' })
  setActionDone(@Args('input') input: SetActionDoneInput, @CurrentViewer() viewer: Viewer): Promise<ActionModel> {
    return this.harvest.setActionDone(input.actionId, input.done, viewer);
  }
}
