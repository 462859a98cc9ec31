import { Field, ObjectType } from '@nestjs/graphql';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { PersonName } from '../accounts/person-name.model.js';
import { SessionModel } from './session.model.js';
import { NoteModel } from './note.model.js';
import { ActionModel } from './action.model.js';

@ObjectType('Room', { description: 'A placed session as a breakout room: who is here, notes and actions.' })
export class RoomModel {
  @Field(() => SessionModel)
  session: SessionModel;

  @Field(() => GatheringStatus, { description: 'The gathering’s status now: a live room gets a fresh room when it opens or closes.' })
  gatheringStatus: GatheringStatus;

  @Field(() => [PersonName], { description: 'Who is here now.' })
  people: PersonName[];

  @Field(() => [PersonName], {
    description: 'Everyone who came to this room at any time, in the order they first came (who came, after the day).',
  })
  whoCame: PersonName[];

  @Field(() => [NoteModel])
  notes: NoteModel[];

  @Field(() => [ActionModel])
  actions: ActionModel[];
}
