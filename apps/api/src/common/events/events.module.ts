import { Global, Module } from '@nestjs/common';
import { PgEvents } from './pg-events.service.js';

@Global()
@Module({ providers: [PgEvents], exports: [PgEvents] })
export class EventsModule {}
