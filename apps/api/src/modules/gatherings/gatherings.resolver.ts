import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { CreateGatheringInput } from './dtos/create-gathering.input.js';
import { InviteCoConvenerInput, RespondToCoConveningInput } from './dtos/co-convening.input.js';
import { DecideRegistrationInput } from './dtos/decide-registration.input.js';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { CreateFollowUpInput } from './dtos/follow-up.input.js';
import { SetGatheringStatusInput } from './dtos/gathering-status.input.js';
import { GatheringIdInput, RegisterForGatheringInput } from './dtos/registration.input.js';
import { UpdateGatheringInput } from './dtos/update-gathering.input.js';
import type { GatheringEntity } from './gathering.entity.js';
import { GatheringRole, RegistrationStatus } from './gathering.enums.js';
import { CoConveningInvitation, GatheringModel, RegistrationModel } from './gathering.model.js';
import { GatheringsService } from './gatherings.service.js';
import { InvitationsService } from './invitations.service.js';
import { RegistrationsService } from './registrations.service.js';
import { WhosMissing } from './whos-missing.model.js';
import { WhosMissingService } from './whos-missing.service.js';

@Resolver(() => GatheringModel)
export class GatheringsResolver {
  constructor(
    private readonly gatherings: GatheringsService,
    private readonly registrations: RegistrationsService,
    private readonly invitations: InvitationsService,
    private readonly missing: WhosMissingService,
  ) {}

  private async model(gathering: GatheringEntity, viewer: Viewer | null): Promise<GatheringModel> {
    const [model] = await this.gatherings.toModels([gathering], viewer);
    return model;
  }

  @Public()
  @Query(() => GatheringModel, { description: 'A gathering by its slug. Drafts are NOT_FOUND except to their conveners.' })
  async gathering(@Args('slug') slug: string, @OptionalViewer() viewer: Viewer | null): Promise<GatheringModel> {
    return this.model(await this.gatherings.findVisible({ slug }, viewer), viewer);
  }

  @SignedIn()
  @Query(() => [GatheringModel], { description: 'Gatherings you convene or are registered for: upcoming (soonest first), or past.' })
  async myGatherings(@Args('past', { defaultValue: false }) past: boolean, @CurrentViewer() viewer: Viewer): Promise<GatheringModel[]> {
    return this.gatherings.toModels(await this.gatherings.forPerson(viewer.personId, past), viewer);
  }

  @SignedIn()
  @Mutation(() => GatheringModel, {
    description: 'Creates a draft gathering convened by networks you convene or facilitate; you become its convener.',
  })
  async createGathering(@Args('input') input: CreateGatheringInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.model(await this.gatherings.create(input, viewer), viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => GatheringModel, { description: 'Invites another network to co-convene; one of its facilitators or conveners accepts.' })
  async inviteCoConvener(@Args('input') input: InviteCoConvenerInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    await this.gatherings.inviteCoConvener(input.gatheringId, input.networkId);
    return this.model(await this.gatherings.findVisible({ id: input.gatheringId }, viewer), viewer);
  }

  @SignedIn()
  @Mutation(() => GatheringModel, { description: "Accepts (you become a convener) or declines your network's invitation to co-convene." })
  async respondToCoConvening(@Args('input') input: RespondToCoConveningInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    // Read first: after declining, a draft is no longer visible to the decliner.
    const before = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    await this.gatherings.respondToCoConvening(input.gatheringId, input.networkId, input.accept, viewer);
    return this.model(input.accept ? await this.gatherings.findVisible({ id: input.gatheringId }, viewer) : before, viewer);
  }

  @SignedIn()
  @Query(() => [CoConveningInvitation], {
    description: 'Invitations to co-convene waiting for an answer from networks you facilitate or convene (drafts included).',
  })
  async myCoConveningInvitations(@CurrentViewer() viewer: Viewer): Promise<CoConveningInvitation[]> {
    const invitations = await this.gatherings.coConveningInvitationsFor(viewer.personId);
    const models = await this.gatherings.toModels(
      invitations.map((i) => i.gathering),
      viewer,
    );
    return invitations.map((i, k) => ({ gathering: models[k], network: NetworkSummary.from(i.network) }));
  }

  @ResolveField(() => [NetworkSummary], {
    nullable: true,
    description: 'Networks invited to co-convene that have not answered (conveners only; null for others).',
  })
  async pendingCoConveners(@Parent() gathering: GatheringModel): Promise<NetworkSummary[] | null> {
    if (!gathering.viewerIsConvener) return null;
    return (await this.gatherings.pendingCoConveners(gathering.id)).map(NetworkSummary.from);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.followUpOfId')
  @Mutation(() => GatheringModel, {
    description: 'Creates a draft follow-up of a gathering you convene; publishing it invites its participants.',
  })
  async createFollowUp(@Args('input') input: CreateFollowUpInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.model(await this.gatherings.createFollowUp(input, viewer), viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => GatheringModel, { description: 'Changes a gathering (conveners). Capacity cannot go below the places already taken.' })
  async updateGathering(@Args('input') input: UpdateGatheringInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.model(await this.gatherings.update(input), viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => GatheringModel, { description: 'Publishes, opens (LIVE) or closes a gathering (conveners).' })
  async setGatheringStatus(@Args('input') input: SetGatheringStatusInput, @CurrentViewer() viewer: Viewer): Promise<GatheringModel> {
    return this.model(await this.gatherings.setStatus(input.gatheringId, input.status), viewer);
  }

  @SignedIn()
  @Mutation(() => RegistrationModel, {
    description:
      'Takes a place (REGISTERED), a place in the queue (WAITLISTED, first come first served), or asks the conveners (PENDING_APPROVAL).',
  })
  async registerForGathering(@Args('input') input: RegisterForGatheringInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    const invitation = input.invitationCode ? await this.invitations.check(input.invitationCode, gathering.id) : null;
    const [model] = await this.registrations.toModels(
      [await this.registrations.register(input, viewer, gathering, invitation)],
      false,
      viewer,
    );
    return model;
  }

  @SignedIn()
  @Mutation(() => RegistrationModel, { description: 'Cancels your registration; your place goes to the first person on the waiting list.' })
  async cancelRegistration(@Args('input') input: GatheringIdInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    const [model] = await this.registrations.toModels(
      [(await this.registrations.cancel(input.gatheringId, viewer)).cancelled],
      false,
      viewer,
    );
    return model;
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => [RegistrationModel], {
    description: 'Registrations in arrival order (conveners). Access needs only where the person chose to share them.',
  })
  async gatheringRegistrations(
    @Args('gatheringId', { type: () => String }) gatheringId: string,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status: RegistrationStatus | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RegistrationModel[]> {
    return this.registrations.toModels(await this.registrations.list(gatheringId, status ?? undefined), true, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => RegistrationModel, {
    description: 'Approves (a place, or the waiting list when full) or declines a registration waiting for approval (conveners).',
  })
  async decideRegistration(@Args('input') input: DecideRegistrationInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    const [model] = await this.registrations.toModels(
      [await this.registrations.decide(input.gatheringId, input.registrationId, input.approve)],
      true,
      viewer,
    );
    return model;
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => WhosMissing, {
    description: "Who's missing: invited networks with nobody registered, and sectors and areas not represented (conveners).",
  })
  whosMissing(@Args('gatheringId', { type: () => String }) gatheringId: string): Promise<WhosMissing> {
    return this.missing.forGathering(gatheringId);
  }

  @ResolveField(() => RegistrationModel, { nullable: true, description: "The viewer's registration, if any (not cancelled)." })
  async viewerRegistration(
    @Parent() gathering: GatheringModel,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<RegistrationModel | null> {
    if (!gathering.viewerRegistrationEntity) return null;
    const [model] = await this.registrations.toModels([gathering.viewerRegistrationEntity], false, viewer);
    return model;
  }
}
