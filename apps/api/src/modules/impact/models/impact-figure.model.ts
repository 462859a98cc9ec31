import { Field, Float, ObjectType } from '@nestjs/graphql';
import { FeedbackScale } from '../../feedback/feedback.enums.js';
import { ImpactFigureName, ImpactMeasure } from '../impact.enums.js';

@ObjectType('ImpactFigure', {
  description:
    'One figure of the impact view. When it rests on fewer than five people it is not shown: `suppressed` is true and `value` null ' +
    '(say "fewer than 5", never 0).',
})
export class ImpactFigure {
  @Field(() => ImpactMeasure, { description: 'The measure it belongs to (what a network publishes).' })
  measure: ImpactMeasure;

  @Field(() => ImpactFigureName)
  name: ImpactFigureName;

  @Field(() => FeedbackScale, { nullable: true, description: 'The feedback scale, for SCALE_BEFORE, SCALE_AFTER and SCALE_CHANGE.' })
  scale: FeedbackScale | null;

  @Field(() => Float, { nullable: true, description: 'The figure; null when suppressed.' })
  value: number | null;

  @Field({ description: 'True when the figure rests on fewer than five people and is therefore not shown.' })
  suppressed: boolean;
}
