import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { NetworkSummary } from '../networks/network-summary.model.js';

@ObjectType({ description: 'Someone with a place (registered or attended) at a gathering, as the other people taking part see them.' })
export class Participant {
  @Field(() => UUID)
  personId: string;

  @Field()
  displayName: string;

  @Field(() => [NetworkSummary], { description: 'The networks they came for that you may see.' })
  networks: NetworkSummary[];

  @Field(() => Int, { description: 'How many members-only networks you are not in they came for: counted, never named.' })
  membersOnlyNetworkCount: number;
}

@ObjectType()
export class ParticipantConnection extends ConnectionType(Participant, 'Participant') {}
