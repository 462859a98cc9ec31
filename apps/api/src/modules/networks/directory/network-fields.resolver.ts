import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../../common/access/access.decorators.js';
import type { RequestContext } from '../../../common/access/request-context.js';
import { groupByKeys, requestLoader } from '../../../common/graphql/request-loader.js';
import { LifecycleEvent } from './network-lifecycle-event.model.js';
import { CoalitionMembership } from '../ties/coalition-membership.model.js';
import { NetworkMembershipModel } from '../ties/network-membership.model.js';
import { NetworkRoleHolder } from '../network-roles/network-role-holder.model.js';
import { NetworkRoleInvitation } from '../network-roles/network-role-invitation.model.js';
import { NetworkRole } from '../network.enums.js';
import { NetworkModel } from './network.model.js';
import { NetworkMembershipsService } from '../ties/network-memberships.service.js';
import { NetworkRolesService } from '../network-roles/network-roles.service.js';
import { NetworksService } from './networks.service.js';

/** The related parts of a network's profile, batched per request (no query per network). */
@Resolver(() => NetworkModel)
export class NetworkFieldsResolver {
  constructor(
    private readonly memberships: NetworkMembershipsService,
    private readonly roleHolders: NetworkRolesService,
    private readonly networks: NetworksService,
  ) {}

  @ResolveField(() => [NetworkMembershipModel], { description: 'Networks that belong to this one now (active ties you may see).' })
  memberNetworks(@Parent() network: NetworkModel, @Ctx() ctx: RequestContext): Promise<NetworkMembershipModel[]> {
    return requestLoader<string, NetworkMembershipModel[]>(ctx, 'network.memberNetworks', async (ids) =>
      groupByKeys(ids, await this.memberships.list({ parentIds: [...ids] }, ctx.viewer), (m) => m.parent.id),
    ).load(network.id);
  }

  @ResolveField(() => [CoalitionMembership], { description: 'Coalitions this network belongs to, directly (depth 1) or through others.' })
  coalitions(@Parent() network: NetworkModel, @Ctx() ctx: RequestContext): Promise<CoalitionMembership[]> {
    return requestLoader<string, CoalitionMembership[]>(ctx, 'network.coalitions', (ids) =>
      this.memberships.coalitionsOf(ids, ctx.viewer),
    ).load(network.id);
  }

  @ResolveField(() => [NetworkRoleHolder], {
    description:
      'People and their roles. Everyone sees facilitators and conveners; people in the network see all roles, and the history with includePast.',
  })
  people(
    @Parent() network: NetworkModel,
    @Args('includePast', { defaultValue: false }) includePast: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkRoleHolder[]> {
    return requestLoader<string, NetworkRoleHolder[]>(ctx, `network.people.${includePast}`, (ids) =>
      this.roleHolders.holders(ids, ctx.viewer, includePast),
    ).load(network.id);
  }

  @ResolveField(() => [LifecycleEvent], { description: 'The stages the network has moved through, oldest first.' })
  lifecycleHistory(@Parent() network: NetworkModel, @Ctx() ctx: RequestContext): Promise<LifecycleEvent[]> {
    return requestLoader<string, LifecycleEvent[]>(ctx, 'network.lifecycleHistory', (ids) => this.networks.lifecycleHistories(ids)).load(
      network.id,
    );
  }

  @ResolveField(() => [NetworkMembershipModel], {
    nullable: true,
    description: 'Every tie proposed to or by this network, with answers and history. Facilitators only; null for anyone else.',
  })
  async handshakes(@Parent() network: NetworkModel, @Ctx() ctx: RequestContext): Promise<NetworkMembershipModel[] | null> {
    if (!this.facilitates(network, ctx)) return null;
    const viewer = ctx.viewer!;
    return requestLoader<string, NetworkMembershipModel[]>(ctx, 'network.handshakes', (ids) =>
      this.memberships.handshakes(ids, viewer),
    ).load(network.id);
  }

  @ResolveField(() => [NetworkRoleInvitation], {
    nullable: true,
    description: 'Invitations waiting for an answer. Facilitators only; null for anyone else.',
  })
  async pendingInvitations(@Parent() network: NetworkModel, @Ctx() ctx: RequestContext): Promise<NetworkRoleInvitation[] | null> {
    if (!this.facilitates(network, ctx)) return null;
    return requestLoader<string, NetworkRoleInvitation[]>(ctx, 'network.pendingInvitations', (ids) =>
      this.roleHolders.pendingFor(ids),
    ).load(network.id);
  }

  private facilitates(network: NetworkModel, ctx: RequestContext): boolean {
    return ctx.viewer !== null && network.viewerRoles.includes(NetworkRole.FACILITATOR);
  }
}
