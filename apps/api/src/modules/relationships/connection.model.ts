import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { Closeness, ConnectionStatus } from './relationships.enums.js';

@ObjectType({ description: 'Someone as the people who met them see them.' })
export class MetPerson {
  @Field(() => UUID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: 'A gathering two people both took part in.' })
export class SharedGathering {
  @Field(() => UUID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;
}

@ObjectType({ description: 'A conversation two people both posted in (one you may read).' })
export class SharedConversation {
  @Field(() => UUID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('Connection', {
  description: 'Two people who met at a gathering: seen by the two only, proposed by one and confirmed by the other.',
})
export class ConnectionModel {
  @Field(() => UUID)
  id: string;

  @Field(() => ConnectionStatus)
  status: ConnectionStatus;

  @Field(() => Closeness)
  closeness: Closeness;

  @Field({ description: 'True when the other person said "we met" and waits for you to confirm.' })
  awaitsYou: boolean;

  @Field(() => MetPerson, { description: 'The other person.' })
  person: MetPerson;

  @Field(() => SharedGathering, { description: 'Where you met.' })
  gathering: SharedGathering;

  @Field(() => [NetworkSummary], { description: 'The networks you came for there (those you may see).' })
  yourNetworks: NetworkSummary[];

  @Field(() => [NetworkSummary], { description: 'The networks they came for there (those you may see).' })
  theirNetworks: NetworkSummary[];

  @Field(() => Int, { description: 'Members-only networks they came for that you are not in: counted, never named.' })
  theirMembersOnlyNetworkCount: number;

  @Field(() => [SharedGathering], { description: 'The gatherings you both took part in, newest first (confirmed connections only).' })
  sharedGatherings: SharedGathering[];

  @Field(() => [SharedConversation], { description: 'Conversations you both posted in (confirmed connections only).' })
  sharedConversations: SharedConversation[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  confirmedAt: Date | null;
}

@ObjectType()
export class PeopleMetConnection extends ConnectionType(ConnectionModel, 'PeopleMet') {}

@ObjectType({ description: 'Someone who took part in a gathering, suggested for "we met" (people you shared rooms with first).' })
export class MetSuggestion {
  @Field(() => MetPerson)
  person: MetPerson;

  @Field(() => Int, { description: 'How many breakout rooms you were both in at this gathering.' })
  sharedRooms: number;

  @Field(() => ConnectionStatus, { nullable: true, description: 'Your connection with them, if any (whichever gathering it was made at).' })
  connectionStatus: ConnectionStatus | null;
}
