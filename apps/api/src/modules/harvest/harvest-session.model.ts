import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { HarvestActionModel } from './harvest-action.model.js';
import { HarvestNoteModel } from './harvest-note.model.js';

@ObjectType('HarvestSession', { description: 'A session of the day as the harvest tells it.' })
export class HarvestSessionModel {
  @Field(() => UUID)
  id: string;

  @Field()
  title: string;

  @Field()
  hostName: string;

  @Field(() => String, { nullable: true, description: 'The space it was held in; null if it never reached the wall.' })
  spaceName: string | null;

  @Field(() => String, { nullable: true })
  slotLabel: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  slotStartsAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  slotEndsAt: Date | null;

  @Field(() => Int, { description: 'How many people entered its room.' })
  tookPart: number;

  @Field(() => [HarvestNoteModel])
  notes: HarvestNoteModel[];

  @Field(() => [HarvestActionModel])
  actions: HarvestActionModel[];
}
