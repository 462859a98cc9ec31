import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.model.js';
import { NetworkFacets } from './network-facets.model.js';
import { NetworkModel } from './network.model.js';

@ObjectType()
export class NetworkConnection extends ConnectionType(NetworkModel, 'Network') {
  @Field(() => NetworkFacets, { description: 'Facet counts over everything matching, not just this page.' })
  facets: NetworkFacets;
}
