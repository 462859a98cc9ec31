import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('PersonName', { description: 'Someone, by the name they show to others.' })
export class PersonName {
  @Field(() => UUID)
  id: string;

  @Field()
  displayName: string;
}
