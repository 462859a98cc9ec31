import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';

@ObjectType('ReciprocityPartner', { description: 'Another network, and how many asks were met between the two in one direction.' })
export class ReciprocityPartner {
  @Field(() => NetworkSummary)
  network: NetworkSummary;

  @Field(() => Int)
  count: number;
}

@ObjectType('NetworkReciprocity', { description: 'Give and receive: asks met for a network and by it, across which networks.' })
export class NetworkReciprocityModel {
  @Field(() => Int, { description: 'Asks of this network that were met (by anyone).' })
  metForCount: number;

  @Field(() => Int, { description: 'Asks of others that this network met.' })
  metByCount: number;

  @Field(() => [ReciprocityPartner], { description: 'The networks that met its asks (those you may see), most first.' })
  metFor: ReciprocityPartner[];

  @Field(() => [ReciprocityPartner], { description: 'The networks whose asks it met (those you may see), most first.' })
  metBy: ReciprocityPartner[];
}
