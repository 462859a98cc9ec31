import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';

@ObjectType('FeedbackOwnAnswer', { description: 'The viewer’s answer to one of the conveners’ own questions.' })
export class FeedbackOwnAnswerModel {
  @Field(() => UUID)
  questionId: string;

  @Field(() => Int, { nullable: true, description: '1 to 5, for a scale question.' })
  scale: number | null;

  @Field(() => String, { nullable: true, description: 'For a text question.' })
  text: string | null;
}
