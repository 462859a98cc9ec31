import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many networks in the current result have this value.' })
export class FacetCount {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}
