import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, NetworkVisibility, Sector } from '../network.enums.js';
import { AreaModel } from './area.model.js';
import { UUID } from '../../../common/ids.js';

@ObjectType('Network', { description: 'A coalition, network or organisation: the net (its relationships) and the work (its aims).' })
export class NetworkModel {
  @Field(() => UUID)
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
