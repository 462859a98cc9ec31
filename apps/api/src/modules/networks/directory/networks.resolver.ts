import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequireRole, SignedIn } from '../../../common/access/access.decorators.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { CloseNetworkInput } from './dtos/close-network.input.js';
import { NetworksArgs } from './dtos/networks.args.js';
import { RegisterNetworkInput } from './dtos/register-network.input.js';
import { UpdateNetworkInput } from './dtos/update-network.input.js';
import { NetworkConnection } from './network-connection.model.js';
import type { NetworkRow } from './networks.repository.js';
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
  async networks(@Args() args: NetworksArgs, @OptionalViewer() viewer: Viewer | null): Promise<NetworkConnection> {
    const { connection, memberCounts, facets } = await this.directory.search(args, viewer);
    const models = await this.service.toModels(
      connection.edges.map((e) => e.node),
      viewer,
      memberCounts,
    );
    return { ...connection, edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] })), facets };
  }

  @Public()
  @Query(() => NetworkModel, {
    description: 'One network by its slug. NOT_FOUND when it does not exist or is members-only and you are not in it.',
  })
  async network(@Args('slug') slug: string, @OptionalViewer() viewer: Viewer | null): Promise<NetworkModel> {
    return this.model(await this.service.findVisible({ slug }, viewer), viewer);
  }

  @SignedIn()
  @Query(() => [NetworkModel], {
    description: 'The networks you hold a role in (any role), by name — for pickers such as "convened by" or "representing".',
  })
  async myNetworks(@CurrentViewer() viewer: Viewer): Promise<NetworkModel[]> {
    return this.service.toModels(await this.service.forPerson(viewer.personId), viewer);
  }

  @SignedIn()
  @Mutation(() => NetworkModel, { description: 'Registers a network, coalition or organisation; you become its facilitator.' })
  async registerNetwork(@Args('input') input: RegisterNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.model(await this.service.register(input, viewer), viewer);
  }

  @RequireRole('network', [NetworkRole.FACILITATOR], 'input.networkId')
  @Mutation(() => NetworkModel, { description: "Changes a network's details (facilitators only)." })
  async updateNetwork(@Args('input') input: UpdateNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.model(await this.service.update(input, viewer), viewer);
  }

  @RequireRole('network', [NetworkRole.FACILITATOR], 'input.networkId')
  @Mutation(() => NetworkModel, { description: 'Closes a network with a closing note (its legacy). Closed networks stay readable.' })
  async closeNetwork(@Args('input') input: CloseNetworkInput, @CurrentViewer() viewer: Viewer): Promise<NetworkModel> {
    return this.model(await this.service.close(input.networkId, input.closingNote, viewer), viewer);
  }

  private async model(network: NetworkRow, viewer: Viewer | null): Promise<NetworkModel> {
    const [model] = await this.service.toModels([network], viewer);
    return model;
  }
}
