import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A line of the list that was not sent, and why.' })
export class InvalidEmailLine {
  @Field(() => Int)
  line: number;

  @Field()
  value: string;

  @Field()
  reason: string;
}
