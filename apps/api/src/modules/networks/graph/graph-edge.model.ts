import { Field, ObjectType } from '@nestjs/graphql';
import { TieType } from '../ties/network-membership.entity.js';
import { UUID } from '../../../common/ids.js';

// TieType is registered for GraphQL with the tie's model (ties/network-membership.model.ts).

@ObjectType({ description: 'An active tie: the source network belongs to the target network.' })
export class GraphEdge {
  @Field(() => UUID, { description: 'The membership’s id.' })
  id: string;

  @Field(() => UUID, { description: 'The id of the member network.' })
  source: string;

  @Field(() => UUID, { description: 'The id of the network it belongs to (usually a coalition).' })
  target: string;

  @Field(() => TieType, { description: 'How the member belongs: member, partner or observer.' })
  tieType: TieType;
}
