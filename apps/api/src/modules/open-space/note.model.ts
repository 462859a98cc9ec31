import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { PersonName } from '../accounts/person-name.model.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Note', { description: 'A note in a session’s harvest.' })
export class NoteModel {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID)
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
