import { Args, Query, Resolver } from '@nestjs/graphql';
import { OptionalViewer, Public } from '../../../common/access/access.decorators.js';
import type { Viewer } from '../../../common/access/request-context.js';
import { DirectoryGraphArgs } from './directory-graph.args.js';
import { NetworkGraphArgs } from './network-graph.args.js';
import { NetworkGraph } from './network-graph.model.js';
import { NetworkGraphService } from './network-graph.service.js';

@Resolver(() => NetworkGraph)
export class NetworkGraphResolver {
  constructor(private readonly graphs: NetworkGraphService) {}

  @Public()
  @Query(() => NetworkGraph, {
    description:
      'The networks around one network: its members, what it belongs to, and so on out to `depth` active ties, with who bridges whom. ' +
      'NOT_FOUND when the network does not exist or is members-only and you are not in it.',
  })
  networkGraph(@Args() { slug, depth }: NetworkGraphArgs, @OptionalViewer() viewer: Viewer | null): Promise<NetworkGraph> {
    return this.graphs.neighbourhood(slug, depth, viewer);
  }

  @Public()
  @Query(() => NetworkGraph, {
    description:
      'The map of the directory: the networks you may see that match the search and filters (as in `networks`), ' +
      'the active ties among them, and who bridges whom.',
  })
  directoryGraph(@Args() args: DirectoryGraphArgs, @OptionalViewer() viewer: Viewer | null): Promise<NetworkGraph> {
    return this.graphs.directory(args, viewer);
  }
}
