import { Field, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { Sector } from '../networks/network.enums.js';

@ObjectType({ description: 'Who is not in the room yet, so conveners can reach out.' })
export class WhosMissing {
  @Field(() => [NetworkSummary], {
    description: 'Invited networks (and members of the convening networks) with nobody registered for them.',
  })
  networks: NetworkSummary[];

  @Field(() => [Sector], { description: 'Sectors none of the represented networks belong to.' })
  sectors: Sector[];

  @Field(() => [String], { description: 'Regions of invited networks that no represented network comes from.' })
  regions: string[];
}
