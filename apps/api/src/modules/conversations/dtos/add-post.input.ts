import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { PostFields } from './post-fields.js';

@InputType({ description: 'A post in a conversation, or a reply to one of its posts.' })
export class AddPostInput extends PostFields {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a conversation.' })
  conversationId: string;

  @Field(() => UUID, { nullable: true, description: 'The post this replies to.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a post.' })
  parentId?: string | null;
}
