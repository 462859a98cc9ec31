import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../network-summary.model.js';

@ObjectType({ description: 'A coalition this network belongs to, directly (depth 1) or through others.' })
export class CoalitionMembership {
  @Field(() => NetworkSummary)
  network: NetworkSummary;

  @Field(() => Int, { description: '1 for a direct membership, 2 for a coalition of a coalition, and so on.' })
  depth: number;
}
