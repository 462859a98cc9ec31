import { Global, Module } from '@nestjs/common';
import { SCOPED_ROLES } from '../../common/access/scoped-roles.js';
import { RolesRepository } from './roles.repository.js';
import { RolesService } from './roles.service.js';
import { ScopeAccessPolicies } from './scope-access-policies.js';

/** Global: every feature checks and grants roles through RolesService; the access guard through SCOPED_ROLES. */
@Global()
@Module({
  providers: [RolesRepository, RolesService, ScopeAccessPolicies, { provide: SCOPED_ROLES, useExisting: RolesService }],
  exports: [RolesService, SCOPED_ROLES],
})
export class RolesModule {}
