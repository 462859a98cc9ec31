import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service.js';

/** The job queue in PostgreSQL (pg-boss), for every module. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
