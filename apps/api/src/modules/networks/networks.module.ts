import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NetworkExportService } from './csv/network-export.service.js';
import { NetworkImportService } from './csv/network-import.service.js';
import { NetworksCsvController } from './csv/networks-csv.controller.js';
import { notFound } from '../../common/errors/app-error.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { ScopeAccessPolicies } from '../roles/scope-access-policies.js';
import { NetworkMembershipEntity } from './network-membership.entity.js';
import { NetworkEntity } from './network.entity.js';
import { NetworkClaimEntity } from './network-claim.entity.js';
import { NetworkLifecycleEventEntity } from './network-lifecycle-event.entity.js';
import { NetworkRoleInvitationEntity } from './network-role-invitation.entity.js';
import { DirectoryVersionService } from './directory-version.service.js';
import { NetworksDirectoryService } from './networks-directory.service.js';
import { NetworksResolver } from './networks.resolver.js';
import { NetworkClaimsResolver } from './network-claims.resolver.js';
import { NetworkClaimsService } from './network-claims.service.js';
import { NetworkFieldsResolver } from './network-fields.resolver.js';
import { NetworkMembershipsResolver } from './network-memberships.resolver.js';
import { NetworkMembershipsService } from './network-memberships.service.js';
import { NetworkRolesResolver } from './network-roles.resolver.js';
import { NetworkRolesService } from './network-roles.service.js';
import { NetworksService } from './networks.service.js';
import { networkGraphProviders } from './graph/network-graph.providers.js';

@Module({
  imports: [
    AccountsModule,
    TypeOrmModule.forFeature([
      NetworkEntity,
      NetworkMembershipEntity,
      NetworkRoleInvitationEntity,
      NetworkLifecycleEventEntity,
      NetworkClaimEntity,
    ]),
  ],
  controllers: [NetworksCsvController],
  providers: [
    NetworkExportService,
    NetworkImportService,
    NetworksResolver,
    NetworkFieldsResolver,
    NetworkRolesResolver,
    NetworkMembershipsResolver,
    NetworkClaimsResolver,
    NetworkClaimsService,
    NetworksService,
    NetworksDirectoryService,
    DirectoryVersionService,
    NetworkRolesService,
    NetworkMembershipsService,
    ...networkGraphProviders,
  ],
  exports: [NetworksService, DirectoryVersionService],
})
export class NetworksModule implements OnModuleInit {
  constructor(
    private readonly networks: NetworksService,
    private readonly policies: ScopeAccessPolicies,
  ) {}

  onModuleInit(): void {
    // Outsiders probing a members-only network learn nothing: NOT_FOUND, not FORBIDDEN.
    this.policies.register('network', async (viewer, networkId) =>
      (await this.networks.isVisible(networkId, viewer)) ? null : notFound('network'),
    );
  }
}
