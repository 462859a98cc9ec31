import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { FeedbackOwnAnswerModel } from './feedback-own-answer.model.js';

@ObjectType('FeedbackAnswer', { description: 'The viewer’s own answer to a form (nobody else’s is ever shown).' })
export class FeedbackAnswerModel {
  @Field(() => Int, { nullable: true })
  networking: number | null;

  @Field(() => Int, { nullable: true })
  knowledge: number | null;

  @Field(() => Int, { nullable: true })
  confidence: number | null;

  @Field(() => Int, { nullable: true })
  trust: number | null;

  @Field(() => Int, { nullable: true })
  support: number | null;

  @Field(() => Int, { nullable: true, description: 'How many new people they met (after forms).' })
  newPeopleMet: number | null;

  @Field()
  comment: string;

  @Field(() => [FeedbackOwnAnswerModel])
  answers: FeedbackOwnAnswerModel[];

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
