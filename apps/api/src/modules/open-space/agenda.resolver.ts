import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { GatheringRole } from '../gatherings/gathering.enums.js';
import { sameForEveryone } from '../../common/graphql/shared-events.js';
import { AgendaService } from './agenda.service.js';
import { CreateSpaceInput, CreateTimeSlotInput, UpdateSpaceInput } from './dtos/grid.input.js';
import { SessionIdInput, SpaceIdInput, TimeSlotIdInput } from './dtos/ids.input.js';
import { ApplyScheduleInput, MergeSessionsInput, PlaceSessionInput, ProposeSessionInput, StarSessionInput } from './dtos/sessions.input.js';
import { OpenSpaceLive, wallTopic } from './open-space-live.service.js';
import { ScheduleSuggestion, SessionModel, SpaceModel, TimeSlotModel, WallModel, WallUpdate } from './open-space.model.js';

@Resolver(() => WallModel)
export class AgendaResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly live: OpenSpaceLive,
  ) {}

  @Public()
  @Query(() => WallModel, { description: "A gathering's agenda wall: its spaces, time slots and sessions (as visible as the gathering)." })
  wall(@Args('gatheringId', { type: () => ID }) gatheringId: string, @OptionalViewer() viewer: Viewer | null): Promise<WallModel> {
    return this.agenda.wall(gatheringId, viewer);
  }

  @ResolveField(() => [ID], { description: 'The sessions you starred (empty when signed out).' })
  starredSessionIds(@Parent() wall: WallModel, @OptionalViewer() viewer: Viewer | null): Promise<string[]> {
    return this.agenda.starredBy(wall.gatheringId, viewer);
  }

  @Public()
  @Subscription(() => WallUpdate, {
    description: 'The wall live: first the whole wall, then the sessions that changed (keep each session’s highest version).',
  })
  async wallUpdates(
    @Args('gatheringId', { type: () => ID }) gatheringId: string,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<AsyncIterableIterator<{ wallUpdates: WallUpdate }>> {
    let fresh: WallModel | null = await this.agenda.wall(gatheringId, viewer); // refuses at once whoever may not see the gathering
    const wall = () => this.agenda.wall(gatheringId, viewer);
    return this.live.stream(
      wallTopic(gatheringId),
      async () => {
        const snapshot = fresh ?? (await wall());
        fresh = null;
        return { wallUpdates: { snapshot, sessions: [] } };
      },
      async (signal) => {
        // What changed is loaded once for every subscriber in this process. A fresh wall says what each
        // subscriber starred, so it is executed for each; changed sessions look the same to all (sameForEveryone).
        if (signal.resync) return { wallUpdates: { snapshot: await this.live.shared(signal, wall), sessions: [] } };
        return this.live.shared(signal, async () =>
          sameForEveryone({ wallUpdates: { snapshot: null, sessions: await this.agenda.sessionModels(signal.sessionIds) } }),
        );
      },
    );
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => SpaceModel, { description: 'Adds a breakout space to the grid (conveners).' })
  createSpace(@Args('input') input: CreateSpaceInput): Promise<SpaceModel> {
    return this.agenda.createSpace(input);
  }

  @SignedIn()
  @Mutation(() => SpaceModel, { description: 'Changes a space; sessions placed in it take its new capacity (never below who is in them).' })
  updateSpace(@Args('input') input: UpdateSpaceInput, @CurrentViewer() viewer: Viewer): Promise<SpaceModel> {
    return this.agenda.updateSpace(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ID, { description: 'Removes an empty space; returns its gathering’s id.' })
  deleteSpace(@Args('input') input: SpaceIdInput, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.agenda.deleteSpace(input.spaceId, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => TimeSlotModel, { description: 'Adds a time slot to the grid (conveners).' })
  createTimeSlot(@Args('input') input: CreateTimeSlotInput): Promise<TimeSlotModel> {
    return this.agenda.createTimeSlot(input);
  }

  @SignedIn()
  @Mutation(() => ID, { description: 'Removes a time slot with no sessions in it; returns its gathering’s id.' })
  deleteTimeSlot(@Args('input') input: TimeSlotIdInput, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.agenda.deleteTimeSlot(input.slotId, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Proposes a session you will host (participants, before or during the gathering).' })
  proposeSession(@Args('input') input: ProposeSessionInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.agenda.propose(input, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Stars a session you are interested in, or takes the star back.' })
  starSession(@Args('input') input: StarSessionInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.agenda.star(input.sessionId, input.starred, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Places a session on the wall, or moves it (its host or a convener).' })
  placeSession(@Args('input') input: PlaceSessionInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.agenda.place(input, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Takes a session off the wall (its room must be empty).' })
  unplaceSession(@Args('input') input: SessionIdInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.agenda.unplace(input.sessionId, viewer);
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Merges a session into another (conveners); returns the one that remains.' })
  mergeSessions(@Args('input') input: MergeSessionsInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel> {
    return this.agenda.merge(input, viewer);
  }

  @SignedIn()
  @Query(() => ScheduleSuggestion, {
    description:
      'Proposes where the sessions not yet on the wall could go, by interest, room size, needed tags and hosts’ time (conveners).',
  })
  suggestSchedule(
    @Args('gatheringId', { type: () => ID }) gatheringId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ScheduleSuggestion> {
    return this.agenda.suggestSchedule(gatheringId, viewer);
  }

  @SignedIn()
  @Mutation(() => [SessionModel], { description: 'Places several sessions at once, all or nothing (conveners).' })
  applySchedule(@Args('input') input: ApplyScheduleInput, @CurrentViewer() viewer: Viewer): Promise<SessionModel[]> {
    return this.agenda.applySchedule(input.gatheringId, input.placements, viewer);
  }
}
