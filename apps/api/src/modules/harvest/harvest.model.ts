import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { HarvestStatus, HarvestVisibility } from './harvest.enums.js';
import { HarvestSessionModel } from './harvest-session.model.js';
import { HarvestThemeModel } from './harvest-theme.model.js';

@ObjectType('Harvest', {
  description: 'A gathering’s write-up: the themes that emerged, and the day’s sessions with their notes and actions.',
})
export class HarvestModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field()
  gatheringTitle: string;

  @Field()
  gatheringSlug: string;

  @Field(() => HarvestStatus)
  status: HarvestStatus;

  @Field(() => HarvestVisibility)
  visibility: HarvestVisibility;

  @Field(() => [HarvestThemeModel])
  themes: HarvestThemeModel[];

  @Field(() => Int, { description: 'Send it back when saving: 0 before the first save.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt: Date | null;

  @Field({ description: 'The viewer convenes the gathering, so may write, publish and unpublish the harvest.' })
  viewerMayEdit: boolean;

  @Field(() => [HarvestSessionModel], { description: 'The day’s sessions, in the order of the wall.' })
  sessions: HarvestSessionModel[];
}
