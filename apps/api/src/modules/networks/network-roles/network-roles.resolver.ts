import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRole, SignedIn } from '../../../common/access/access.decorators.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { HandOverRoleInput } from './dtos/hand-over-role.input.js';
import { InviteToNetworkInput } from './dtos/invite-to-network.input.js';
import { RemoveNetworkRoleInput } from './dtos/remove-network-role.input.js';
import { RespondToNetworkInvitationInput } from './dtos/respond-to-network-invitation.input.js';
import { NetworkRoleInvitation } from './network-role-invitation.model.js';
import { NetworkRole } from '../network.enums.js';
import { NetworkRolesService } from './network-roles.service.js';

@Resolver()
export class NetworkRolesResolver {
  constructor(private readonly roles: NetworkRolesService) {}

  @SignedIn()
  @Query(() => [NetworkRoleInvitation], { description: 'Invitations to network roles waiting for your answer (matched by your email).' })
  myNetworkInvitations(@CurrentViewer() viewer: Viewer): Promise<NetworkRoleInvitation[]> {
    return this.roles.mine(viewer);
  }

  @RequireRole('network', [NetworkRole.FACILITATOR], 'input.networkId')
  @Mutation(() => NetworkRoleInvitation, { description: 'Invites someone by email to a role in the network (facilitators only).' })
  inviteToNetwork(@Args('input') input: InviteToNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkRoleInvitation> {
    return this.roles.invite(input, viewer);
  }

  @SignedIn()
  @Mutation(() => NetworkRoleInvitation, { description: 'Accepts or declines an invitation addressed to you.' })
  respondToNetworkInvitation(
    @Args('input') input: RespondToNetworkInvitationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NetworkRoleInvitation> {
    return this.roles.respond(input, viewer);
  }

  @RequireRole('network', Object.values(NetworkRole), 'input.networkId')
  @Mutation(() => Boolean, {
    description: "Ends someone's role (facilitators), or your own (leaving). A network always keeps at least one facilitator.",
  })
  async removeNetworkRole(@Args('input') input: RemoveNetworkRoleInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.roles.remove(input, viewer);
    return true;
  }

  @RequireRole('network', Object.values(NetworkRole), 'input.networkId')
  @Mutation(() => Boolean, {
    description: 'Hands your role on to someone in the network in one step (convener exit); both periods stay in the history.',
  })
  async handOverRole(@Args('input') input: HandOverRoleInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.roles.handOver(input, viewer);
    return true;
  }
}
