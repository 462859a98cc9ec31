import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformAdminOnly, SignedIn } from '../../../common/access/access.decorators.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { ClaimNetworkInput } from './dtos/claim-network.input.js';
import { DecideNetworkClaimInput } from './dtos/decide-network-claim.input.js';
import { ListNetworkInput } from './dtos/list-network.input.js';
import { NetworkClaimModel } from './network-claim.model.js';
import { NetworkModel } from '../directory/network.model.js';
import { NetworkClaimsService } from './network-claims.service.js';

@Resolver(() => NetworkClaimModel)
export class NetworkClaimsResolver {
  constructor(private readonly claims: NetworkClaimsService) {}

  @SignedIn()
  @Mutation(() => NetworkModel, {
    description: 'Lists a network not yet on Weave (unclaimed); you keep the listing until its people claim it.',
  })
  listNetwork(@Args('input') input: ListNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.claims.list(input, viewer);
  }

  @SignedIn()
  @Mutation(() => NetworkClaimModel, { description: 'Claims an unclaimed listing as your network; a platform admin decides.' })
  claimNetwork(@Args('input') input: ClaimNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkClaimModel> {
    return this.claims.claim(input, viewer);
  }

  @PlatformAdminOnly()
  @Query(() => [NetworkClaimModel], { description: 'Claims waiting for a decision, oldest first (platform admins).' })
  pendingNetworkClaims(): Promise<NetworkClaimModel[]> {
    return this.claims.pending();
  }

  @PlatformAdminOnly()
  @Mutation(() => NetworkClaimModel, { description: 'Approves (the claimant becomes facilitator) or declines a claim.' })
  decideNetworkClaim(@Args('input') input: DecideNetworkClaimInput, @CurrentViewer() viewer: Viewer): Promise<NetworkClaimModel> {
    return this.claims.decide(input, viewer);
  }
}
