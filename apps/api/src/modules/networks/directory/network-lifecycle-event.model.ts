import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { LifecycleStage } from '../network.enums.js';

@ObjectType({ description: 'A stage the network moved into.' })
export class LifecycleEvent {
  @Field(() => LifecycleStage)
  stage: LifecycleStage;

  @Field(() => String, { nullable: true, description: 'For CLOSED: the closing note.' })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}
