import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { PersonName } from '../accounts/person-name.model.js';
import { ConversationModel, ConversationPlace } from './conversation.model.js';
import { PostModel } from './post.model.js';

@ObjectType({ description: 'A page of conversations, the most recently active first.' })
export class ConversationConnection extends ConnectionType(ConversationModel, 'Conversation') {}

@ObjectType({ description: 'A page of a conversation’s posts, in order.' })
export class PostConnection extends ConnectionType(PostModel, 'Post') {}

@ObjectType('ConversationUpdate', { description: 'What changed in a conversation: new or changed posts, and the conversation itself.' })
export class ConversationUpdate {
  @Field(() => ConversationModel)
  conversation: ConversationModel;

  @Field(() => [PostModel])
  posts: PostModel[];
}

@ObjectType('Mentionables', { description: 'Who can be mentioned in a conversation: people in it, and networks you may see.' })
export class Mentionables {
  @Field(() => [PersonName])
  people: PersonName[];

  @Field(() => [ConversationPlace])
  networks: ConversationPlace[];
}

@ObjectType('ConversationInvitation', { description: 'An invitation link into a conversation.' })
export class ConversationInvitationModel {
  @Field({ description: 'The code of the link: /conversations/join/<code>.' })
  code: string;

  @Field(() => String)
  conversationTitle: string;
}
