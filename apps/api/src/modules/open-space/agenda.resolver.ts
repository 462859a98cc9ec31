import { Args, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { GatheringRole } from '../gatherings/gathering.enums.js';
import { ApplyScheduleInput } from './dtos/apply-schedule.input.js';
import { CreateSpaceInput } from './dtos/create-space.input.js';
import { CreateTimeSlotInput } from './dtos/create-time-slot.input.js';
import { MergeSessionsInput } from './dtos/merge-sessions.input.js';
import { PlaceSessionInput } from './dtos/place-session.input.js';
import { ProposeSessionInput } from './dtos/propose-session.input.js';
import { SessionIdInput } from './dtos/session-id.input.js';
import { SpaceIdInput } from './dtos/space-id.input.js';
import { StarSessionInput } from './dtos/star-session.input.js';
import { TimeSlotIdInput } from './dtos/time-slot-id.input.js';
import { UpdateSpaceInput } from './dtos/update-space.input.js';
import { GridService } from './grid.service.js';
import { ScheduleSuggestion } from './schedule-suggestion.model.js';
import { SessionModel } from './session.model.js';
import { SessionsService } from './sessions.service.js';
import { SpaceModel } from './space.model.js';
import { TimeSlotModel } from './time-slot.model.js';
import { WallUpdate } from './wall-update.model.js';
import { WallView } from './wall-view.service.js';
import { WallModel } from './wall.model.js';
import { UUID } from '../../common/ids.js';

@Resolver(() => WallModel)
export class AgendaResolver {
  constructor(
    private readonly wallView: WallView,
    private readonly grid: GridService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Query(() => WallModel, { description: "A gathering's agenda wall: its spaces, time slots and sessions (as visible as the gathering)." })
  wall(@Args('gatheringId', { type: () => UUID }) gatheringId: string, @OptionalViewer() viewer: Viewer | null): Promise<WallModel> {
    return this.wallView.wall(gatheringId, viewer);
  }

  @ResolveField(() => [UUID], { description: 'The sessions you starred (empty when signed out).' })
  starredSessionIds(@Parent() wall: WallModel, @OptionalViewer() viewer: Viewer | null): Promise<string[]> {
    return this.wallView.starredBy(wall.gatheringId, viewer);
  }

  @Public()
  @Subscription(() => WallUpdate, {
    description: 'The wall live: first the whole wall, then the sessions that changed (keep each session’s highest version).',
  })
  wallUpdates(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<AsyncIterableIterator<{ wallUpdates: WallUpdate }>> {
    return this.wallView.updates(gatheringId, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => SpaceModel, { description: 'Adds a breakout space to the grid (conveners).' })
  createSpace(@Args('input') input: CreateSpaceInput, @CurrentViewer() viewer: Viewer): Promise<SpaceModel> {
    return this.grid.createSpace(input, viewer);
  }

  @SignedIn()
  @Mutation(() => SpaceModel, { description: 'Changes a space; sessions placed in it take its new capacity (never below who is in them).' })
  updateSpace(@Args('input') input: UpdateSpaceInput, @CurrentViewer() viewer: Viewer): Promise<SpaceModel> {
    return this.grid.updateSpace(input, viewer);
  }

  @SignedIn()
  @Mutation(() => UUID, { description: 'Removes an empty space; returns its gathering’s id.' })
  deleteSpace(@Args('input') input: SpaceIdInput, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.grid.deleteSpace(input.spaceId, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => TimeSlotModel, { description: 'Adds a time slot to the grid (conveners).' })
  createTimeSlot(@Args('input') input: CreateTimeSlotInput, @CurrentViewer() viewer: Viewer): Promise<TimeSlotModel> {
    return this.grid.createTimeSlot(input, viewer);
  }

  @SignedIn()
  @Mutation(() => UUID, { description: 'Removes a time slot with no sessions in it; returns its gathering’s id.' })
  deleteTimeSlot(@Args('input') input: TimeSlotIdInput, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.grid.deleteTimeSlot(input.slotId, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Proposes a session you will host (participants, before or during the gathering).' })
  proposeSession(@Args('input') input: ProposeSessionInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.sessions.propose(input, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Stars a session you are interested in, or takes the star back.' })
  starSession(@Args('input') input: StarSessionInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.sessions.star(input.sessionId, input.starred, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Places a session on the wall, or moves it (its host or a convener).' })
  placeSession(@Args('input') input: PlaceSessionInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.sessions.place(input, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Takes a session off the wall (its room must be empty).' })
  unplaceSession(@Args('input') input: SessionIdInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.sessions.unplace(input.sessionId, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Merges a session into another (conveners); returns the one that remains.' })
  mergeSessions(@Args('input') input: MergeSessionsInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.sessions.merge(input, viewer);
  }

  @SignedIn()
  @Query(() => ScheduleSuggestion, {
    description:
      'Proposes where the sessions not yet on the wall could go, by interest, room size, needed tags and hosts’ time (conveners).',
  })
  suggestSchedule(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ScheduleSuggestion> {
    return this.sessions.suggestSchedule(gatheringId, viewer);
  }

  @SignedIn()
  @Mutation(() => [SessionModel], { description: 'Places several sessions at once, all or nothing (conveners).' })
  applySchedule(@Args('input') input: ApplyScheduleInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel[]> {
    return this.sessions.applySchedule(input.gatheringId, input.placements, viewer);
  }
}
