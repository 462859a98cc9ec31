import { Field, Float, ObjectType } from '@nestjs/graphql';
import { FeedbackScale } from '../feedback.enums.js';

@ObjectType('FeedbackScaleChange', {
  description: 'One scale before the series and after this gathering; each figure null when it is about fewer than five people.',
})
export class FeedbackScaleChangeModel {
  @Field(() => FeedbackScale)
  scale: FeedbackScale;

  @Field(() => Float, { nullable: true, description: 'Mean in the before form.' })
  before: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean in the after form.' })
  after: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean change (after − before) over the people who answered both.' })
  change: number | null;
}
