import { NetworkGraphResolver } from './network-graph.resolver.js';
import { NetworkGraphService } from './network-graph.service.js';

/** What the network graph adds to NetworksModule. */
export const networkGraphProviders = [NetworkGraphResolver, NetworkGraphService];
