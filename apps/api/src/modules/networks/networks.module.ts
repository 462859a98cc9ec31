import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NetworkExportService } from './csv/network-export.service.js';
import { NetworkImportService } from './csv/network-import.service.js';
import { NetworksCsvController } from './csv/networks-csv.controller.js';
import { RolesService } from '../roles/roles.service.js';
import { DirectoryVersionService } from './directory/directory-version.service.js';
import { NetworksDirectoryService } from './directory/networks-directory.service.js';
import { NetworksResolver } from './directory/networks.resolver.js';
import { NetworkClaimsResolver } from './claims/network-claims.resolver.js';
import { NetworkClaimsService } from './claims/network-claims.service.js';
import { NetworkFieldsResolver } from './directory/network-fields.resolver.js';
import { NetworkMembershipsResolver } from './ties/network-memberships.resolver.js';
import { NetworkMembershipsService } from './ties/network-memberships.service.js';
import { NotificationTieResolver } from './ties/notification-tie.resolver.js';
import { NetworkRolesResolver } from './network-roles/network-roles.resolver.js';
import { NetworkRolesService } from './network-roles/network-roles.service.js';
import { NetworksService } from './directory/networks.service.js';
import { NetworksError, networksError } from './networks.errors.js';
import { DirectorySearchRepository } from './directory/directory-search.repository.js';
import { NetworksRepository } from './directory/networks.repository.js';
import { NetworkClaimsRepository } from './claims/network-claims.repository.js';
import { NetworkRolesRepository } from './network-roles/network-roles.repository.js';
import { NetworkMembershipsRepository } from './ties/network-memberships.repository.js';
import { GraphMeasuresRepository } from './graph/graph-measures.repository.js';
import { GraphMeasuresService } from './graph/graph-measures.service.js';
import { networkGraphProviders } from './graph/network-graph.providers.js';
import { NetworkGraphExportController } from './graph/network-graph-export.controller.js';

@Module({
  imports: [AccountsModule, AuditModule, NotificationsModule],
  controllers: [NetworksCsvController, NetworkGraphExportController],
  providers: [
    GraphMeasuresService,
    GraphMeasuresRepository,
    NetworkExportService,
    NetworkImportService,
    NetworksResolver,
    NetworkFieldsResolver,
    NetworkRolesResolver,
    NetworkMembershipsResolver,
    NotificationTieResolver,
    NetworkClaimsResolver,
    NetworkClaimsService,
    NetworksService,
    NetworksDirectoryService,
    DirectoryVersionService,
    NetworkRolesService,
    NetworkMembershipsService,
    NetworksRepository,
    DirectorySearchRepository,
    NetworkMembershipsRepository,
    NetworkRolesRepository,
    NetworkClaimsRepository,
    ...networkGraphProviders,
  ],
  exports: [NetworksService, DirectoryVersionService, GraphMeasuresService],
})
export class NetworksModule implements OnModuleInit {
  constructor(
    private readonly networks: NetworksService,
    private readonly roles: RolesService,
  ) {}

  onModuleInit(): void {
    // Outsiders probing a members-only network learn nothing: NOT_FOUND, not FORBIDDEN.
    this.roles.registerDenial('network', async (viewer, networkId) =>
      (await this.networks.isVisible(networkId, viewer)) ? null : networksError(NetworksError.NotFound),
    );
  }
}
