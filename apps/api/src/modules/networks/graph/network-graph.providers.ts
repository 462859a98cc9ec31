import { GraphWorkPool } from './graph-work.pool.js';
import { NetworkGraphResolver } from './network-graph.resolver.js';
import { NetworkGraphRepository } from './network-graph.repository.js';
import { NetworkGraphService } from './network-graph.service.js';

/** What the network graph adds to NetworksModule. */
export const networkGraphProviders = [NetworkGraphResolver, NetworkGraphService, NetworkGraphRepository, GraphWorkPool];
