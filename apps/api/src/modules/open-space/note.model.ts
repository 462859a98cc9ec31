import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonName } from '../accounts/person-name.model.js';

@ObjectType('Note', { description: 'A note in a session’s harvest.' })
export class NoteModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  text: string;

  @Field(() => PersonName)
  author: PersonName;

  @Field(() => Int, { description: 'Name it when editing, so edits never overwrite each other silently.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
