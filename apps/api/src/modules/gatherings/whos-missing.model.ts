import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { Region, Sector } from '../networks/network.enums.js';

@ObjectType({ description: 'A network whose people have places but did not all come (check-ins).' })
export class NetworkNotCome {
  @Field(() => NetworkSummary)
  network: NetworkSummary;

  @Field(() => Int, { description: 'People with a place who come on its behalf.' })
  registered: number;

  @Field(() => Int, { description: 'How many of them checked in.' })
  came: number;
}

@ObjectType({ description: 'Who is not in the room yet, so conveners can reach out.' })
export class WhosMissing {
  @Field(() => [NetworkSummary], {
    description: 'Invited networks (and members of the convening networks) with nobody registered for them.',
  })
  networks: NetworkSummary[];

  @Field(() => [Sector], { description: 'Sectors none of the represented networks belong to.' })
  sectors: Sector[];

  @Field(() => [Region], { description: 'Regions of invited networks that no represented network comes from (in the list order).' })
  regions: Region[];

  @Field(() => Int, { description: 'People with a place (registered).' })
  registered: number;

  @Field(() => Int, { description: 'People with a place who came (checked in).' })
  came: number;

  @Field(() => [NetworkNotCome], { description: 'Registered but not come, by network: represented networks with someone not checked in.' })
  notComeByNetwork: NetworkNotCome[];

  @Field(() => [Sector], {
    description: 'Registered but not come, by sector: sectors of represented networks with a place none of whose people has checked in.',
  })
  sectorsNotCome: Sector[];
}
