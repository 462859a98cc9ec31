import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, NetworkVisibility, Sector } from './network.enums.js';

@ObjectType({ description: 'Where a network is.' })
export class AreaModel {
  @Field(() => String, { nullable: true, description: 'A place name, e.g. "Govanhill".' })
  placeName: string | null;

  @Field(() => String, { nullable: true, description: 'A region, e.g. "Scotland" or "North West England".' })
  region: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}

@ObjectType('Network', { description: 'A coalition, network or organisation: the net (its relationships) and the work (its aims).' })
export class NetworkModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Readable, unique: used in links, e.g. /networks/<slug>.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => NetworkKind)
  kind: NetworkKind;

  @Field({ description: '"The work": what the network is for.' })
  purpose: string;

  @Field({ description: '"The soul": what the network values and how it works.' })
  values: string;

  @Field()
  description: string;

  @Field(() => [String], { description: 'Free tags, lower case.' })
  themes: string[];

  @Field(() => [Sector])
  sectors: Sector[];

  @Field(() => AreaModel)
  area: AreaModel;

  @Field(() => NetworkScope)
  scope: NetworkScope;

  @Field(() => LifecycleStage)
  lifecycleStage: LifecycleStage;

  @Field({ description: 'Closed networks stay readable: their story outlives them.' })
  isClosed: boolean;

  @Field({ description: 'False for a listing added by someone else, until its own people claim it.' })
  isClaimed: boolean;

  @Field(() => String, { nullable: true, description: 'The legacy a network leaves when it closes.' })
  closingNote: string | null;

  @Field(() => NetworkVisibility)
  visibility: NetworkVisibility;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  contact: string | null;

  @Field(() => Int, { description: 'Networks that are current members of this one.' })
  memberCount: number;

  @Field(() => [NetworkRole], { description: 'Roles the viewer holds in this network now (empty when signed out).' })
  viewerRoles: NetworkRole[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'How many networks in the current result have this value.' })
export class FacetCount {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts by value over the networks matching the current search and filters.' })
export class NetworkFacets {
  @Field(() => [FacetCount])
  themes: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are Sector names, e.g. VOLUNTARY_SECTOR.' })
  sectors: FacetCount[];

  @Field(() => [FacetCount])
  regions: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are NetworkScope names.' })
  scopes: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are LifecycleStage names.' })
  lifecycleStages: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are NetworkKind names.' })
  kinds: FacetCount[];
}
