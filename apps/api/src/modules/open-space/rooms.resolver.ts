import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { GatheringIdInput } from '../gatherings/dtos/gathering-id.input.js';
import { ActionModel } from './action.model.js';
import { AddActionInput } from './dtos/add-action.input.js';
import { AddNoteInput } from './dtos/add-note.input.js';
import { EditNoteInput } from './dtos/edit-note.input.js';
import { SessionIdInput } from './dtos/session-id.input.js';
import { SetActionDoneInput } from './dtos/set-action-done.input.js';
import { HarvestService } from './harvest.service.js';
import { CarryOnService } from './carry-on.service.js';
import { CarryOnSessionInput } from './dtos/carry-on-session.input.js';
import { GatheringModel } from '../gatherings/gathering.model.js';
import { NoteModel } from './note.model.js';
import { PresenceModel } from './presence.model.js';
import { RoomUpdate } from './room-update.model.js';
import { RoomView } from './room-view.service.js';
import { RoomModel } from './room.model.js';
import { RoomsService } from './rooms.service.js';
import { UUID } from '../../common/ids.js';

@Resolver(() => RoomModel)
export class RoomsResolver {
  constructor(
    private readonly rooms: RoomsService,
    private readonly roomView: RoomView,
    private readonly harvest: HarvestService,
    private readonly carryOnService: CarryOnService,
  ) {}

  @SignedIn()
  @Query(() => RoomModel, { name: 'room', description: 'A breakout room: the session, who is here now, notes and actions (participants).' })
  roomQuery(@Args('sessionId', { type: () => UUID }) sessionId: string, @CurrentViewer() viewer: Viewer): Promise<RoomModel> {
    return this.roomView.room(sessionId, viewer);
  }

  @SignedIn()
  @Query(() => PresenceModel, { description: 'Which room you are in at a gathering.' })
  myPresence(@Args('gatheringId', { type: () => UUID }) gatheringId: string, @CurrentViewer() viewer: Viewer): Promise<PresenceModel> {
    return this.rooms.presence(gatheringId, viewer);
  }

  @SignedIn()
  @Subscription(() => RoomUpdate, {
    description:
      'A room live: first the whole room, again whenever the session or who is here changes, and new or changed notes and actions. ' +
      'While you are in this room and subscribed, your presence is kept; it ends a short while after you disconnect.',
  })
  roomUpdates(
    @Args('sessionId', { type: () => UUID }) sessionId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<{ roomUpdates: RoomUpdate }>> {
    return this.roomView.updates(sessionId, viewer);
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

  @SignedIn()
  @Mutation(() => GatheringModel, {
    description:
      'Carry this on: a draft follow-up of a breakout (its gathering’s conveners, or the session’s host). ' +
      'Publishing it invites the people who took part in that breakout.',
  })
  carryOnSession(@Args('input') input: CarryOnSessionInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.carryOnService.carryOn(input, viewer);
  }
}
