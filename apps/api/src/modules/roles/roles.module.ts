import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
import { RolesService } from './roles.service.js';

/** Global: every feature checks and grants roles through RolesService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RoleAssignmentEntity])],
  providers: [RolesService],
  exports: [RolesService],
})
export class RolesModule {}
