import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID, Min } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class ConversationIdInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a conversation.' })
  conversationId: string;
}

@InputType({ description: 'Locks a conversation (no more posts) or unlocks it.' })
export class SetConversationLockedInput extends ConversationIdInput {
  @Field()
  @IsBoolean()
  locked: boolean;
}

@InputType({ description: 'Follows a conversation (told of each new post) or stops.' })
export class FollowConversationInput extends ConversationIdInput {
  @Field()
  @IsBoolean()
  follow: boolean;
}

@InputType({ description: 'Moves your unread marker: everything up to post number `seq` is read.' })
export class MarkConversationReadInput extends ConversationIdInput {
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Post numbers start at 1.' })
  seq: number;
}
