import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { GatheringStatus } from './gathering.enums.js';
import { UUID } from '../../common/ids.js';

@ObjectType('GatheringLink', { description: 'Another gathering named from this one: the one it follows up, or a follow-up of it.' })
export class GatheringLink {
  @Field(() => UUID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GatheringStatus)
  status: GatheringStatus;

  /** The gathering it follows up (for grouping follow-ups by the gathering they follow). */
  followUpOfId: string | null;
}
