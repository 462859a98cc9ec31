import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('TimeSlot', { description: 'A row of the agenda wall.' })
export class TimeSlotModel {
  @Field(() => UUID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  label: string | null;
}
