import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { GatheringRole } from './gathering.enums.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringsService } from './gatherings.service.js';
import {
  CreateInvitationInput,
  EmailInvitationsResult,
  GatheringInvitationModel,
  InvitationTree,
  InviteByEmailInput,
} from './invitation.model.js';
import { InvitationsService } from './invitations.service.js';

@Resolver(() => GatheringInvitationModel)
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly gatherings: GatheringsService,
  ) {}

  @SignedIn()
  @Mutation(() => GatheringInvitationModel, {
    description: 'Makes an invitation link to share (conveners, and anyone registered: "invite others from your network").',
  })
  async createInvitation(@Args('input') input: CreateInvitationInput, @CurrentViewer() viewer: Viewer): Promise<GatheringInvitationModel> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    return this.invitations.create(input, gathering, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => EmailInvitationsResult, {
    description: 'Sends invitation links to a list of email addresses (conveners; up to 500; bad lines reported by line number).',
  })
  async inviteByEmail(@Args('input') input: InviteByEmailInput, @CurrentViewer() viewer: Viewer): Promise<EmailInvitationsResult> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    return this.invitations.inviteByEmail(input, gathering, viewer);
  }

  @Public()
  @Query(() => GatheringInvitationModel, {
    description: 'What an invitation link is for. NOT_FOUND for an unknown code or an unpublished gathering.',
  })
  async invitation(@Args('code') code: string, @OptionalViewer() viewer: Viewer | null): Promise<GatheringInvitationModel> {
    const invitation = await this.invitations.byCode(code);
    if (!invitation) throw gatheringsError(GatheringsError.NotFound);
    await this.gatherings.findVisible({ id: invitation.gatheringId }, viewer);
    return (await this.invitations.models([invitation.id]))[0];
  }

  @SignedIn()
  @Query(() => [GatheringInvitationModel], { description: 'The invitation links you have made for a gathering.' })
  async myInvitations(
    @Args('gatheringId', { type: () => String }) gatheringId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GatheringInvitationModel[]> {
    await this.gatherings.findVisible({ id: gatheringId }, viewer);
    return this.invitations.mine(gatheringId, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => InvitationTree, {
    description: 'The cascade of invitations: networks reached, depth, registrations per branch (conveners).',
  })
  invitationTree(@Args('gatheringId', { type: () => String }) gatheringId: string): Promise<InvitationTree> {
    return this.invitations.tree(gatheringId);
  }
}
