import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GatheringsModule } from '../gatherings/gatherings.module.js';
import { ActionEntity } from './action.entity.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';
import { AgendaResolver } from './agenda.resolver.js';
import { GridService } from './grid.service.js';
import { HarvestService } from './harvest.service.js';
import { NoteEntity } from './note.entity.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { PresenceEntity } from './presence.entity.js';
import { RoomView } from './room-view.service.js';
import { RoomsResolver } from './rooms.resolver.js';
import { RoomsService } from './rooms.service.js';
import { SessionsService } from './sessions.service.js';
import { SessionInterestEntity } from './session-interest.entity.js';
import { SpaceEntity } from './space.entity.js';
import { TimeSlotEntity } from './time-slot.entity.js';
import { WallView } from './wall-view.service.js';

/** Open space on the day: the agenda wall, breakout rooms, presence, notes and actions — live across API processes. */
@Module({
  imports: [
    GatheringsModule,
    TypeOrmModule.forFeature([
      SpaceEntity,
      TimeSlotEntity,
      AgendaSessionEntity,
      SessionInterestEntity,
      PresenceEntity,
      NoteEntity,
      ActionEntity,
    ]),
  ],
  providers: [
    OpenSpaceAccess,
    OpenSpaceLive,
    WallView,
    GridService,
    SessionsService,
    RoomsService,
    HarvestService,
    RoomView,
    AgendaResolver,
    RoomsResolver,
  ],
})
export class OpenSpaceModule {}
