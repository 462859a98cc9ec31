import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../../common/access/access.decorators.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { CloseNetworkInput } from './dtos/close-network.input.js';
import { NetworksArgs } from './dtos/networks.args.js';
import { RegisterNetworkInput } from './dtos/register-network.input.js';
import { UpdateNetworkInput } from './dtos/update-network.input.js';
import { NetworkConnection } from './network-connection.model.js';
import { NetworkRole } from '../network.enums.js';
import { NetworkModel } from './network.model.js';
import { NetworksDirectoryService } from './networks-directory.service.js';
import { NetworksService } from './networks.service.js';

@Resolver(() => NetworkModel)
export class NetworksResolver {
  constructor(
    private readonly service: NetworksService,
    private readonly directory: NetworksDirectoryService,
  ) {}

  @Public()
  @Query(() => NetworkConnection, {
    description: 'The directory: search, filter, sort and page through the networks you may see, with facet counts.',
  })
  networks(@Args() args: NetworksArgs, @OptionalViewer() viewer: Viewer | null): Promise<NetworkConnection> {
    return this.directory.connection(args, viewer);
  }

  @Public()
  @Query(() => NetworkModel, {
    description: 'One network by its slug. NOT_FOUND when it does not exist or is members-only and you are not in it.',
  })
  network(@Args('slug') slug: string, @OptionalViewer() viewer: Viewer | null): Promise<NetworkModel> {
    return this.service.bySlug(slug, viewer);
  }

  @SignedIn()
  @Query(() => [NetworkModel], {
    description: 'The networks you hold a role in (any role), by name — for pickers such as "convened by" or "representing".',
  })
  myNetworks(@CurrentViewer() viewer: Viewer): Promise<NetworkModel[]> {
    return this.service.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => NetworkModel, { description: 'Registers a network, coalition or organisation; you become its facilitator.' })
  registerNetwork(@Args('input') input: RegisterNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.service.register(input, viewer);
  }

  @RequireRole('network', [NetworkRole.FACILITATOR], 'input.networkId')
  @Mutation(() => NetworkModel, { description: "Changes a network's details (facilitators only)." })
  updateNetwork(@Args('input') input: UpdateNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.service.update(input, viewer);
  }

  @RequireRole('network', [NetworkRole.FACILITATOR], 'input.networkId')
  @Mutation(() => NetworkModel, { description: 'Closes a network with a closing note (its legacy). Closed networks stay readable.' })
  closeNetwork(@Args('input') input: CloseNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.service.close(input.networkId, input.closingNote, viewer);
  }
}
