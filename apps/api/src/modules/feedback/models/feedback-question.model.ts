import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { FeedbackQuestionKind } from '../feedback.enums.js';

@ObjectType('FeedbackQuestion', { description: 'A question of the conveners’ own, asked after the five scales.' })
export class FeedbackQuestionModel {
  @Field(() => UUID)
  id: string;

  @Field(() => FeedbackQuestionKind)
  kind: FeedbackQuestionKind;

  @Field({ description: 'The question as the conveners wrote it.' })
  prompt: string;
}
