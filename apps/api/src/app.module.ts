import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AccessGuard } from './common/access/access.guard.js';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { clientAddressRule } from './common/http/client-address.js';
import { EventsModule } from './common/events/events.module.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { MailModule } from './common/mail/mail.module.js';
import { httpLoggerOptions } from './common/logging/logger.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions, openDataSource, runMigrations } from './database/data-source.js';
import { DatabaseModule } from './database/database.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { readSessionToken } from './modules/accounts/session-cookie.js';
import { SessionsService } from './modules/accounts/sessions.service.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { ConversationsModule } from './modules/conversations/conversations.module.js';
import { AsksOffersModule } from './modules/asks-offers/asks-offers.module.js';
import { GatheringsModule } from './modules/gatherings/gatherings.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { DirectoryVersionService } from './modules/networks/directory/directory-version.service.js';
import { NetworksModule } from './modules/networks/networks.module.js';
import { OpenSpaceModule } from './modules/open-space/open-space.module.js';
import { HarvestModule } from './modules/harvest/harvest.module.js';
import { RelationshipsModule } from './modules/relationships/relationships.module.js';
import { FeedbackModule } from './modules/feedback/feedback.module.js';
import { ImpactModule } from './modules/impact/impact.module.js';
import { RolesModule } from './modules/roles/roles.module.js';

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** Extra modules, for test probes of shared mechanisms. */
  extraModules?: Type[];
  /** Sees every SQL statement (tests count them). */
  queryLogger?: TypeOrmLogger;
}

/** Feature modules; each owns its entities, resolvers, services and tests. */
export const featureModules = [
  EventsModule,
  JobsModule,
  MailModule,
  RolesModule,
  AuditModule,
  NotificationsModule,
  AccountsModule,
  NetworksModule,
  GatheringsModule,
  OpenSpaceModule,
  HarvestModule,
  RelationshipsModule,
  FeedbackModule,
  ConversationsModule,
  AsksOffersModule,
  ImpactModule,
  CalendarModule,
  HealthModule,
];

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, extraModules = [], queryLogger }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: httpLoggerOptions(logger) }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(databaseUrl, queryLogger ? { logger: queryLogger, logging: ['query'] } : {}),
          dataSourceFactory: async (options) => {
            const dataSource = await openDataSource(databaseUrl, options);
            const applied = await runMigrations(dataSource);
            if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} database migrations`);
            return dataSource;
          },
        }),
        DatabaseModule.forRoot(queryLogger),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule, NetworksModule],
          inject: [SessionsService, DirectoryVersionService],
          useFactory: (sessions: SessionsService, directory: DirectoryVersionService) =>
            graphqlOptions({
              isProduction: config.isProduction,
              logger,
              viewerFor: (req) => sessions.viewerFor(readSessionToken(req)),
              clientAddress: clientAddressRule(config.trustProxy),
              publicAnswers: config.directoryCache ? directory : null,
            }),
        }),
        ...featureModules,
        ...extraModules,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
