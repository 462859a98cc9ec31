import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { RequestContext, Viewer } from '../../common/access/request-context.js';
import { groupByKeys, requestLoader } from '../../common/graphql/request-loader.js';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { CoConveningInvitation } from './co-convening-invitation.model.js';
import { CoConveningService } from './co-convening.service.js';
import { CreateGatheringInput } from './dtos/create-gathering.input.js';
import { CreateFollowUpInput } from './dtos/follow-up.input.js';
import { SetGatheringStatusInput } from './dtos/gathering-status.input.js';
import { InviteCoConvenerInput } from './dtos/invite-co-convener.input.js';
import { RespondToCoConveningInput } from './dtos/respond-to-co-convening.input.js';
import { UpdateGatheringInput } from './dtos/update-gathering.input.js';
import { GatheringRole } from './gathering.enums.js';
import { GatheringModel } from './gathering.model.js';
import { GatheringLink } from './gathering-link.model.js';
import { GatheringsService } from './gatherings.service.js';
import type { Registration } from './gathering.js';
import { RegistrationModel } from './registration.model.js';
import { RegistrationsService } from './registrations.service.js';
import { WhosMissing } from './whos-missing.model.js';
import { WhosMissingService } from './whos-missing.service.js';
import { UUID } from '../../common/ids.js';

@Resolver(() => GatheringModel)
export class GatheringsResolver {
  constructor(
    private readonly gatherings: GatheringsService,
    private readonly coConvening: CoConveningService,
    private readonly registrations: RegistrationsService,
    private readonly missing: WhosMissingService,
  ) {}

  @Public()
  @Query(() => GatheringModel, { description: 'A gathering by its slug. Drafts are NOT_FOUND except to their conveners.' })
  gathering(@Args('slug') slug: string, @OptionalViewer() viewer: Viewer | null): Promise<GatheringModel> {
    return this.gatherings.view({ slug }, viewer);
  }

  @SignedIn()
  @Query(() => [GatheringModel], { description: 'Gatherings you convene or are registered for: upcoming (soonest first), or past.' })
  myGatherings(@Args('past', { defaultValue: false }) past: boolean, @CurrentViewer() viewer: Viewer): Promise<GatheringModel[]> {
    return this.gatherings.mine(viewer, past);
  }

  @SignedIn()
  @Mutation(() => GatheringModel, {
    description: 'Creates a draft gathering convened by networks you convene or facilitate; you become its convener.',
  })
  createGathering(@Args('input') input: CreateGatheringInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.gatherings.create(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => GatheringModel, { description: 'Invites another network to co-convene; one of its facilitators or conveners accepts.' })
  inviteCoConvener(@Args('input') input: InviteCoConvenerInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.coConvening.invite(input, viewer);
  }

  @SignedIn()
  @Mutation(() => GatheringModel, { description: "Accepts (you become a convener) or declines your network's invitation to co-convene." })
  respondToCoConvening(@Args('input') input: RespondToCoConveningInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.coConvening.respond(input, viewer);
  }

  @SignedIn()
  @Query(() => [CoConveningInvitation], {
    description: 'Invitations to co-convene waiting for an answer from networks you facilitate or convene (drafts included).',
  })
  myCoConveningInvitations(@CurrentViewer() viewer: Viewer): Promise<CoConveningInvitation[]> {
    return this.coConvening.invitationsFor(viewer);
  }

  @ResolveField(() => [NetworkSummary], {
    nullable: true,
    description: 'Networks invited to co-convene that have not answered (conveners only; null for others).',
  })
  pendingCoConveners(@Parent() gathering: GatheringModel, @Ctx() ctx: RequestContext): Promise<NetworkSummary[] | null> {
    if (!gathering.viewerIsConvener || !ctx.viewer) return Promise.resolve(null);
    const viewer = ctx.viewer;
    return requestLoader<string, NetworkSummary[]>(ctx, 'gathering.pendingCoConveners', (ids) =>
      this.coConvening.pending(ids, viewer),
    ).load(gathering.id);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.followUpOfId')
  @Mutation(() => GatheringModel, {
    description:
      'Creates a draft follow-up of a gathering you convene (online and unlimited by default); publishing it invites its participants.',
  })
  createFollowUp(@Args('input') input: CreateFollowUpInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.gatherings.createFollowUp(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => GatheringModel, { description: 'Changes a gathering (conveners). Capacity cannot go below the places already taken.' })
  updateGathering(@Args('input') input: UpdateGatheringInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.gatherings.update(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => GatheringModel, { description: 'Publishes, opens (LIVE) or closes a gathering (conveners).' })
  setGatheringStatus(@Args('input') input: SetGatheringStatusInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.gatherings.setStatus(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => WhosMissing, {
    description: "Who's missing: invited networks with nobody registered, and sectors and areas not represented (conveners).",
  })
  whosMissing(@Args('gatheringId', { type: () => UUID }) gatheringId: string, @CurrentViewer() viewer: Viewer): Promise<WhosMissing> {
    return this.missing.forGathering(gatheringId, viewer);
  }

  @ResolveField(() => GatheringLink, {
    nullable: true,
    description: 'The gathering this one follows up ("follows up X"); null when it follows none, or one you may not see.',
  })
  async followsUp(@Parent() gathering: GatheringModel, @Ctx() ctx: RequestContext): Promise<GatheringLink | null> {
    if (!gathering.followUpOfId) return null;
    const links = await requestLoader<string, GatheringLink[]>(ctx, 'gathering.followsUp', async (ids) =>
      groupByKeys(ids, await this.gatherings.followUpLinks('follows', ids, ctx.viewer), (g) => g.id),
    ).load(gathering.followUpOfId);
    return links[0] ?? null;
  }

  @ResolveField(() => [GatheringLink], {
    description: 'Follow-ups of this gathering ("followed up by Y"), soonest first; drafts only for their conveners.',
  })
  followedUpBy(@Parent() gathering: GatheringModel, @Ctx() ctx: RequestContext): Promise<GatheringLink[]> {
    return requestLoader<string, GatheringLink[]>(ctx, 'gathering.followedUpBy', async (ids) =>
      groupByKeys(ids, await this.gatherings.followUpLinks('followedBy', ids, ctx.viewer), (g) => g.followUpOfId!),
    ).load(gathering.id);
  }

  @ResolveField(() => RegistrationModel, { nullable: true, description: "The viewer's registration, if any (not cancelled)." })
  viewerRegistration(@Parent() gathering: GatheringModel, @Ctx() ctx: RequestContext): Promise<RegistrationModel | null> {
    const row = gathering.viewerRegistrationRow;
    if (!row) return Promise.resolve(null);
    return requestLoader<Registration, RegistrationModel>(ctx, 'gathering.viewerRegistration', (rows) =>
      this.registrations.toModels([...rows], false, ctx.viewer),
    ).load(row);
  }
}
