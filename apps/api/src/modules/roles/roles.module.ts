import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
import { RolesService } from './roles.service.js';
import { ScopeAccessPolicies } from './scope-access-policies.js';

/** Global: every feature checks and grants roles through RolesService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RoleAssignmentEntity])],
  providers: [RolesService, ScopeAccessPolicies],
  exports: [RolesService, ScopeAccessPolicies],
})
export class RolesModule {}
