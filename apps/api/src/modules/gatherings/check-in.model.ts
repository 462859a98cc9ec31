import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { CheckInMethod } from './gathering.enums.js';

@ObjectType('CheckIn', { description: 'That a person came to a gathering: how, and when (the first way they checked in).' })
export class CheckInModel {
  @Field(() => CheckInMethod)
  method: CheckInMethod;

  @Field(() => GraphQLISODateTime)
  checkedInAt: Date;
}
