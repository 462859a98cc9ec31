import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonName } from '../accounts/person-name.model.js';
import { SpaceTag, UnplacedReason } from './open-space.enums.js';

@ObjectType('Space', { description: 'A breakout space of the open-space grid.' })
export class SpaceModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => [SpaceTag])
  tags: SpaceTag[];

  @Field(() => String, { nullable: true, description: 'The video-call link of an online space.' })
  videoUrl: string | null;
}

@ObjectType('TimeSlot', { description: 'A row of the agenda wall.' })
export class TimeSlotModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  label: string | null;
}

@ObjectType('Session', { description: 'A session proposed for the agenda wall; once placed, also a breakout room.' })
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  gatheringId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [SpaceTag], { description: 'What it needs from its space.' })
  needs: SpaceTag[];

  @Field(() => PersonName)
  host: PersonName;

  @Field(() => ID, { nullable: true, description: 'Its time slot once placed on the wall.' })
  slotId: string | null;

  @Field(() => ID, { nullable: true, description: 'Its space once placed on the wall.' })
  spaceId: string | null;

  @Field(() => TimeSlotModel, { nullable: true, description: 'When it runs, once placed.' })
  slot: TimeSlotModel | null;

  @Field(() => SpaceModel, { nullable: true, description: 'Where it runs (name, tags, video link of an online space), once placed.' })
  space: SpaceModel | null;

  @Field(() => Int, { nullable: true, description: 'How many fit in its room (its space’s capacity) once placed.' })
  capacity: number | null;

  @Field(() => Int, { description: 'How many people are in its room now.' })
  headcount: number;

  @Field(() => Int, { description: 'How many people starred it.' })
  interestCount: number;

  @Field(() => ID, { nullable: true, description: 'Set when merged into another session; it has then left the wall.' })
  mergedIntoId: string | null;

  @Field({ description: 'Moves on every change: keep the state with the highest version.' })
  version: string;
}

@ObjectType('Wall', { description: 'The agenda wall of a gathering: spaces × time slots, and the sessions on and off it.' })
export class WallModel {
  @Field(() => ID)
  gatheringId: string;

  @Field(() => [SpaceModel])
  spaces: SpaceModel[];

  @Field(() => [TimeSlotModel])
  slots: TimeSlotModel[];

  @Field(() => [SessionModel], { description: 'Sessions not merged away, placed or not.' })
  sessions: SessionModel[];
}

@ObjectType('WallUpdate', { description: 'A fresh wall (on connecting, or when spaces or slots change), or sessions that changed.' })
export class WallUpdate {
  @Field(() => WallModel, { nullable: true })
  snapshot: WallModel | null;

  @Field(() => [SessionModel])
  sessions: SessionModel[];
}

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

@ObjectType('Action', { description: 'Something a session decided to do.' })
export class ActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  what: string;

  @Field()
  ownerName: string;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;

  @Field()
  done: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Room', { description: 'A placed session as a breakout room: who is here, notes and actions.' })
export class RoomModel {
  @Field(() => SessionModel)
  session: SessionModel;

  @Field(() => [PersonName], { description: 'Who is here now.' })
  people: PersonName[];

  @Field(() => [NoteModel])
  notes: NoteModel[];

  @Field(() => [ActionModel])
  actions: ActionModel[];
}

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

@ObjectType('Presence', { description: 'Where you are now at a gathering.' })
export class PresenceModel {
  @Field(() => ID)
  gatheringId: string;

  @Field(() => SessionModel, { nullable: true, description: 'The room you are in, or null.' })
  session: SessionModel | null;
}

@ObjectType('Placement', { description: 'A session in a cell of the wall.' })
export class Placement {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  slotId: string;

  @Field(() => ID)
  spaceId: string;
}

@ObjectType('UnplacedSession', { description: 'A session the suggestion could not place, and why.' })
export class UnplacedSession {
  @Field(() => ID)
  sessionId: string;

  @Field(() => UnplacedReason, { description: 'Why, for clients to say in their own words.' })
  code: UnplacedReason;

  @Field({ description: 'Why, in English.' })
  reason: string;
}

@ObjectType('ScheduleSuggestion', {
  description: 'A proposed placement of the sessions not yet on the wall, for conveners to review and apply.',
})
export class ScheduleSuggestion {
  @Field(() => [Placement])
  placements: Placement[];

  @Field(() => [UnplacedSession])
  unplaced: UnplacedSession[];
}
