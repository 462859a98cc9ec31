import { Field, ObjectType } from '@nestjs/graphql';
import { NoteModel } from './note.model.js';
import { ActionModel } from './action.model.js';
import { RoomModel } from './room.model.js';

@ObjectType('RoomUpdate', {
  description: 'A fresh room (on connecting, and whenever who is here changes), or notes and actions that changed.',
})
export class RoomUpdate {
  @Field(() => RoomModel, { nullable: true })
  snapshot: RoomModel | null;

  @Field(() => [NoteModel])
  notes: NoteModel[];

  @Field(() => [ActionModel])
  actions: ActionModel[];
}
