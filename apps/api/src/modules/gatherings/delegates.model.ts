import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PersonName } from '../accounts/person-name.model.js';
import { NetworkSummary } from '../networks/network-summary.model.js';

@ObjectType({ description: "A network's delegate places at a gathering and who fills them." })
export class DelegatePlaces {
  @Field(() => NetworkSummary)
  network: NetworkSummary;

  @Field(() => Int)
  places: number;

  @Field(() => [String], { description: 'Names of the people nominated.' })
  delegates: string[];

  @Field(() => [PersonName], { description: 'The people nominated (so a nomination list can leave them out).' })
  delegatePeople: PersonName[];
}
