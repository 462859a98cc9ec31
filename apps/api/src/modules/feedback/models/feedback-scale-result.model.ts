import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { FeedbackScale } from '../feedback.enums.js';

@ObjectType('FeedbackScaleResult', {
  description: 'How people answered one 1–5 scale. Figures are null when fewer than five answered it (`shown` false).',
})
export class FeedbackScaleResultModel {
  @Field(() => FeedbackScale, { nullable: true, description: 'One of the five scales, or null for a convener’s own question.' })
  scale: FeedbackScale | null;

  @Field(() => UUID, { nullable: true, description: 'The convener’s own question this is about.' })
  questionId: string | null;

  @Field(() => String, { nullable: true })
  prompt: string | null;

  @Field({ description: 'Enough people answered it for its figures to be shown.' })
  shown: boolean;

  @Field(() => Int, { nullable: true, description: 'How many answered it.' })
  answered: number | null;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => [Int], { nullable: true, description: 'How many chose 1, 2, 3, 4 and 5 (five numbers).' })
  counts: number[] | null;
}
