import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../../common/access/access.decorators.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { EndMembershipInput } from './dtos/end-membership.input.js';
import { ProposeMembershipInput } from './dtos/propose-membership.input.js';
import { RespondToMembershipInput } from './dtos/respond-to-membership.input.js';
import { NetworkMembershipModel } from './network-membership.model.js';
import { NetworkMembershipsService } from './network-memberships.service.js';

// Signed in here; the service checks which side's facilitator the viewer is,
// since a tie has two networks and either may act.
@Resolver(() => NetworkMembershipModel)
export class NetworkMembershipsResolver {
  constructor(private readonly memberships: NetworkMembershipsService) {}

  @SignedIn()
  @Mutation(() => NetworkMembershipModel, {
    description:
      "Proposes a tie: a coalition's facilitator invites a network, or a network's facilitator asks to join. The other side answers. Refused with CONFLICT if it would make a loop.",
  })
  proposeMembership(@Args('input') input: ProposeMembershipInput, @CurrentViewer() viewer: Viewer): Promise<NetworkMembershipModel> {
    return this.memberships.propose(input, viewer);
  }

  @SignedIn()
  @Mutation(() => NetworkMembershipModel, { description: 'The other side accepts (the tie starts today) or declines.' })
  respondToMembership(@Args('input') input: RespondToMembershipInput, @CurrentViewer() viewer: Viewer): Promise<NetworkMembershipModel> {
    return this.memberships.respond(input, viewer);
  }

  @SignedIn()
  @Mutation(() => NetworkMembershipModel, {
    description: 'Either side ends a tie (or withdraws a proposal); it stays in the history, dated.',
  })
  endMembership(@Args('input') input: EndMembershipInput, @CurrentViewer() viewer: Viewer): Promise<NetworkMembershipModel> {
    return this.memberships.end(input, viewer);
  }
}
