import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { PostFields } from './post-fields.js';

@InputType({
  description:
    'New words for your post, and whom it mentions: a list given replaces those mentions (people or networks), one left out keeps them; what it said before is kept in its history.',
})
export class EditPostInput extends PostFields {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a post.' })
  postId: string;
}
