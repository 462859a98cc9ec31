import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('AskOfferPlace', { description: 'A gathering or a post an ask or offer points to: its id, title and (for a gathering) slug.' })
export class AskOfferPlace {
  @Field(() => UUID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  slug: string | null;
}
