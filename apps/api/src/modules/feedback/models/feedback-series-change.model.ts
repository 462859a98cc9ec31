import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { FeedbackScaleChangeModel } from './feedback-scale-change.model.js';

@ObjectType('FeedbackSeriesChange', {
  description:
    'Change across a workshop series: the before form at its first gathering against this gathering’s after form, paired per person.',
})
export class FeedbackSeriesChangeModel {
  @Field(() => UUID)
  startGatheringId: string;

  @Field()
  startGatheringTitle: string;

  @Field()
  startGatheringSlug: string;

  @Field(() => Int, { nullable: true, description: 'How many answered the before form (null: fewer than five).' })
  beforeAnswered: number | null;

  @Field(() => Int, { nullable: true, description: 'How many answered both (null: fewer than five).' })
  paired: number | null;

  @Field(() => [FeedbackScaleChangeModel])
  scales: FeedbackScaleChangeModel[];
}
