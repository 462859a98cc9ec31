import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonName', { description: 'Someone, by the name they show to others.' })
export class PersonName {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
