import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { CreateInvitationInput } from './dtos/create-invitation.input.js';
import { InviteByEmailInput } from './dtos/invite-by-email.input.js';
import { EmailInvitationsResult } from './email-invitations-result.model.js';
import { GatheringRole } from './gathering.enums.js';
import { GatheringInvitationModel } from './gathering-invitation.model.js';
import { InvitationTree } from './invitation-tree.model.js';
import { InvitationsService } from './invitations.service.js';
import { UUID } from '../../common/ids.js';

@Resolver(() => GatheringInvitationModel)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @SignedIn()
  @Mutation(() => GatheringInvitationModel, {
    description: 'Makes an invitation link to share (conveners, and anyone registered: "invite others from your network").',
  })
  createInvitation(@Args('input') input: CreateInvitationInput, @CurrentViewer() viewer: Viewer): Promise<GatheringInvitationModel> {
    return this.invitations.create(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => EmailInvitationsResult, {
    description: 'Sends invitation links to a list of email addresses (conveners; up to 500; bad lines reported by line number).',
  })
  inviteByEmail(@Args('input') input: InviteByEmailInput, @CurrentViewer() viewer: Viewer): Promise<EmailInvitationsResult> {
    return this.invitations.inviteByEmail(input, viewer);
  }

  @Public()
  @Query(() => GatheringInvitationModel, {
    description: 'What an invitation link is for. NOT_FOUND for an unknown code or an unpublished gathering.',
  })
  invitation(@Args('code') code: string, @OptionalViewer() viewer: Viewer | null): Promise<GatheringInvitationModel> {
    return this.invitations.byCode(code, viewer);
  }

  @SignedIn()
  @Query(() => [GatheringInvitationModel], { description: 'The invitation links you have made for a gathering.' })
  myInvitations(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GatheringInvitationModel[]> {
    return this.invitations.mine(gatheringId, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => InvitationTree, {
    description: 'The cascade of invitations: networks reached, depth, registrations per branch (conveners).',
  })
  invitationTree(@Args('gatheringId', { type: () => UUID }) gatheringId: string, @CurrentViewer() viewer: Viewer): Promise<InvitationTree> {
    return this.invitations.tree(gatheringId, viewer);
  }
}
