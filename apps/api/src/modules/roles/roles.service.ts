import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import type { ScopeType } from '../../common/access/access.decorators.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';

/** Roles people hold in networks and gatherings, with their history. */
@Injectable()
export class RolesService {
  constructor(@InjectRepository(RoleAssignmentEntity) private readonly assignments: Repository<RoleAssignmentEntity>) {}

  async holdsAny(personId: string, scope: ScopeType, scopeId: string, roles: readonly string[]): Promise<boolean> {
    return this.assignments.exists({
      where: { personId, scopeType: scope, scopeId, role: In([...roles]), endedAt: IsNull() },
    });
  }

  /** Gives a role; giving a role the person already holds changes nothing. */
  async grant(personId: string, scope: ScopeType, scopeId: string, role: string, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(RoleAssignmentEntity) : this.assignments;
    await repo.createQueryBuilder().insert().values({ personId, scopeType: scope, scopeId, role }).orIgnore().execute();
  }

  /** Ends a current role, keeping it in the history. Returns false if it was not held. */
  async end(personId: string, scope: ScopeType, scopeId: string, role: string, manager?: EntityManager): Promise<boolean> {
    const repo = manager ? manager.getRepository(RoleAssignmentEntity) : this.assignments;
    const result = await repo.update({ personId, scopeType: scope, scopeId, role, endedAt: IsNull() }, { endedAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }

  /** Every assignment in a scope, current and past, oldest first. */
  history(scope: ScopeType, scopeId: string): Promise<RoleAssignmentEntity[]> {
    return this.assignments.find({ where: { scopeType: scope, scopeId }, order: { startedAt: 'ASC', id: 'ASC' } });
  }
}
