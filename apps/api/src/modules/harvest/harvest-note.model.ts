import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('HarvestNote', { description: 'A note taken in a session, as the harvest shows it.' })
export class HarvestNoteModel {
  @Field()
  text: string;

  @Field()
  authorName: string;
}
