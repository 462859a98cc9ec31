import { Field, ObjectType } from '@nestjs/graphql';
import { Placement } from './placement.model.js';
import { UnplacedSession } from './unplaced-session.model.js';

@ObjectType('ScheduleSuggestion', {
  description: 'A proposed placement of the sessions not yet on the wall, for conveners to review and apply.',
})
export class ScheduleSuggestion {
  @Field(() => [Placement])
  placements: Placement[];

  @Field(() => [UnplacedSession])
  unplaced: UnplacedSession[];
}
