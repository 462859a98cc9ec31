import { Module } from '@nestjs/common';
import { GatheringsModule } from '../gatherings/gatherings.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DayRecordRepository } from './day-record.repository.js';
import { DayRecordService } from './day-record.service.js';
import { AgendaResolver } from './agenda.resolver.js';
import { CarryOnService } from './carry-on.service.js';
import { GridRepository } from './grid.repository.js';
import { GridService } from './grid.service.js';
import { HarvestRepository } from './harvest.repository.js';
import { HarvestService } from './harvest.service.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive } from './open-space-live.service.js';
import { RoomView } from './room-view.service.js';
import { RoomsRepository } from './rooms.repository.js';
import { RoomsResolver } from './rooms.resolver.js';
import { RoomsService } from './rooms.service.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { WallView } from './wall-view.service.js';

/** Open space on the day: the agenda wall, breakout rooms, presence, notes and actions — live across API processes. */
@Module({
  imports: [GatheringsModule, NotificationsModule],
  providers: [
    OpenSpaceAccess,
    OpenSpaceLive,
    GridRepository,
    SessionsRepository,
    RoomsRepository,
    HarvestRepository,
    DayRecordRepository,
    DayRecordService,
    WallView,
    GridService,
    SessionsService,
    RoomsService,
    HarvestService,
    RoomView,
    CarryOnService,
    AgendaResolver,
    RoomsResolver,
  ],
  exports: [DayRecordService],
})
export class OpenSpaceModule {}
