import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { PersonName } from '../accounts/person-name.model.js';
import { ConversationPlace } from './conversation.model.js';
import { Reaction } from './conversation.enums.js';

@ObjectType('ReactionCount', { description: 'How many people gave one reaction to a post, and whether you did.' })
export class ReactionCount {
  @Field(() => Reaction)
  reaction: Reaction;

  @Field(() => Int)
  count: number;

  @Field()
  mine: boolean;
}

@ObjectType('HiddenMark', { description: 'A moderator hid the post, and said why.' })
export class HiddenMark {
  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  hiddenAt: Date;
}

@ObjectType('Post', { description: 'A post in a conversation, or a reply to one.' })
export class PostModel {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID)
  conversationId: string;

  @Field(() => Int, { description: 'Its place in the conversation: 1, 2, 3… in the order posts were stored.' })
  seq: number;

  @Field(() => UUID, { nullable: true, description: 'The post it replies to.' })
  parentId: string | null;

  @Field(() => PersonName, { nullable: true, description: 'Who wrote it (null once their account is gone).' })
  author: PersonName | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its words: null once deleted, and null when hidden except to its moderators.',
  })
  body: string | null;

  @Field({ description: 'It asks a question to carry on.' })
  isQuestion: boolean;

  @Field(() => Int)
  replyCount: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When last edited; the history holds what it said before.' })
  editedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its author deleted it: the thread keeps its place.' })
  deletedAt: Date | null;

  @Field(() => HiddenMark, { nullable: true })
  hidden: HiddenMark | null;

  @Field(() => [PersonName], { description: 'People mentioned in it.' })
  mentionedPeople: PersonName[];

  @Field(() => [ConversationPlace], { description: 'Networks mentioned in it that you may see.' })
  mentionedNetworks: ConversationPlace[];

  @Field(() => [ReactionCount])
  reactions: ReactionCount[];
}

@ObjectType('PostEdit', { description: 'What a post said before an edit.' })
export class PostEditModel {
  @Field()
  body: string;

  @Field(() => GraphQLISODateTime, { description: 'When these words were written.' })
  writtenAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When they were replaced.' })
  editedAt: Date;
}
