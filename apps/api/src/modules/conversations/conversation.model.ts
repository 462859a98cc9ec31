import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { PersonName } from '../accounts/person-name.model.js';
import { ConversationKind } from './conversation.enums.js';

@ObjectType('ConversationPlace', {
  description: 'A gathering, session or network a conversation is attached to, as the viewer may see it.',
})
export class ConversationPlace {
  @Field(() => UUID)
  id: string;

  @Field({ description: 'A title or name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'For links: the gathering’s or the network’s slug.' })
  slug: string | null;
}

@ObjectType('Conversation', { description: 'A follow-up conversation: where it belongs, and where the viewer is in it.' })
export class ConversationModel {
  @Field(() => UUID)
  id: string;

  @Field(() => ConversationKind)
  kind: ConversationKind;

  @Field()
  title: string;

  @Field(() => ConversationPlace, { nullable: true, description: 'The gathering (for a session’s conversation too).' })
  gathering: ConversationPlace | null;

  @Field(() => ConversationPlace, { nullable: true, description: 'The session whose breakout it carries on.' })
  session: ConversationPlace | null;

  @Field(() => ConversationPlace, {
    nullable: true,
    description: 'The network or coalition; null for a network the viewer may not see, even when invited in.',
  })
  network: ConversationPlace | null;

  @Field(() => PersonName, { nullable: true, description: 'Who started it (null once their account is gone).' })
  startedBy: PersonName | null;

  @Field({ description: 'Seeded by a convener: one of the questions to carry on after the day.' })
  isSeeded: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a moderator locked it; no posts are added while locked.' })
  lockedAt: Date | null;

  @Field(() => Int, { description: 'How many posts it has (deleted ones included: they keep their place in threads).' })
  postCount: number;

  @Field(() => Int, { description: 'The number of its latest post; posts are numbered 1, 2, 3… in the order they were stored.' })
  lastSeq: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  lastPostAt: Date;

  @Field({ description: 'Whether you follow it (posting follows it): you are told of each new post.' })
  viewerFollows: boolean;

  @Field({ description: 'Whether you may hide posts and lock it.' })
  viewerModerates: boolean;

  @Field(() => Int, { description: 'The number of the last post you have read (0: none).' })
  viewerLastReadSeq: number;

  @Field(() => Int, { description: 'How many posts came after the last you read.' })
  unreadCount: number;
}
