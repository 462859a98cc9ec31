import { dbInTransaction } from '../../database/database.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import slugify from '@sindresorhus/slugify';
import { In, IsNull, type DataSource } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { freeSlug } from '../../common/slugs.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { RoleAssignmentEntity } from '../roles/role-assignment.entity.js';
import { RolesService } from '../roles/roles.service.js';
import type { NetworkFieldsInput } from './dtos/network-fields.js';
import type { RegisterNetworkInput } from './dtos/register-network.input.js';
import type { UpdateNetworkInput } from './dtos/update-network.input.js';
import { NetworkEntity } from './network.entity.js';
import { NetworkLifecycleEventEntity } from './network-lifecycle-event.entity.js';
import { LifecycleStage, NetworkRole, NetworkScope } from './network.enums.js';
import { MembershipStatus, NetworkMembershipEntity } from './network-membership.entity.js';
import { NetworkModel } from './network.model.js';
import { NetworksError, networksError } from './networks.errors.js';
import { visibleNetworkCondition } from './network-visibility.js';

/** Lower case, single spaces, no repeats, in the order given. */
export function normaliseThemes(themes: string[]): string[] {
  const cleaned = themes.map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
  return [...new Set(cleaned)];
}

function fieldChanges(input: NetworkFieldsInput): Partial<NetworkEntity> {
  const changes: Partial<NetworkEntity> = {};
  if (input.purpose !== undefined) changes.purpose = input.purpose;
  if (input.values !== undefined) changes.values = input.values;
  if (input.description !== undefined) changes.description = input.description;
  if (input.themes !== undefined) changes.themes = normaliseThemes(input.themes);
  if (input.sectors !== undefined) changes.sectors = [...new Set(input.sectors)];
  if (input.scope !== undefined) changes.scope = input.scope;
  if (input.visibility !== undefined) changes.visibility = input.visibility;
  if (input.website !== undefined) changes.website = input.website || null;
  if (input.contact !== undefined) changes.contact = input.contact || null;
  if (input.area !== undefined) {
    changes.placeName = input.area.placeName || null;
    changes.region = input.area.region || null;
    changes.latitude = input.area.latitude ?? null;
    changes.longitude = input.area.longitude ?? null;
  }
  if (input.lifecycleStage !== undefined) {
    if (input.lifecycleStage === LifecycleStage.CLOSED) throw networksError(NetworksError.UseCloseNetwork);
    changes.lifecycleStage = input.lifecycleStage;
  }
  return changes;
}

@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: RolesService,
  ) {}

  private get networks() {
    return this.dataSource.getRepository(NetworkEntity);
  }

  /** Registers a network with a unique readable slug; the registrant becomes its facilitator. */
  async register(input: RegisterNetworkInput, viewer: Viewer, options: { claimed: boolean } = { claimed: true }): Promise<NetworkEntity> {
    const base = slugify(input.name) || 'network';
    for (let attempt = 0; ; attempt++) {
      const slug = await freeSlug(this.dataSource, 'networks', base);
      try {
        return await this.dataSource.transaction(async (manager) => {
          const network = await manager.getRepository(NetworkEntity).save(
            manager.getRepository(NetworkEntity).create({
              name: input.name,
              kind: input.kind,
              slug,
              ...fieldChanges(input),
              scope: input.scope ?? NetworkScope.LOCAL,
              isClaimed: options.claimed,
            }),
          );
          await this.roles.grant(viewer.personId, 'network', network.id, NetworkRole.FACILITATOR, dbInTransaction(manager));
          await manager
            .getRepository(NetworkLifecycleEventEntity)
            .save({ networkId: network.id, stage: network.lifecycleStage, changedById: viewer.personId });
          return network;
        });
      } catch (error) {
        // Someone took the same slug a moment ago: pick the next one.
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async update(input: UpdateNetworkInput, viewer: Viewer): Promise<NetworkEntity> {
    const changes = fieldChanges(input);
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    await this.dataSource.transaction(async (manager) => {
      const before = await manager
        .getRepository(NetworkEntity)
        .findOneOrFail({ where: { id: input.networkId }, lock: { mode: 'pessimistic_write' } });
      if (before.lifecycleStage === LifecycleStage.CLOSED && changes.lifecycleStage) throw networksError(NetworksError.AlreadyClosed);
      if (Object.keys(changes).length > 0) await manager.getRepository(NetworkEntity).update({ id: input.networkId }, changes);
      if (changes.lifecycleStage && changes.lifecycleStage !== before.lifecycleStage) {
        await manager
          .getRepository(NetworkLifecycleEventEntity)
          .save({ networkId: input.networkId, stage: changes.lifecycleStage, changedById: viewer.personId });
      }
    });
    return this.networks.findOneByOrFail({ id: input.networkId });
  }

  /** Closing well: the network becomes read-only history, with its legacy in the closing note. */
  async close(networkId: string, closingNote: string, viewer: Viewer): Promise<NetworkEntity> {
    await this.dataSource.transaction(async (manager) => {
      const network = await manager
        .getRepository(NetworkEntity)
        .findOneOrFail({ where: { id: networkId }, lock: { mode: 'pessimistic_write' } });
      if (network.lifecycleStage === LifecycleStage.CLOSED) throw networksError(NetworksError.AlreadyClosed);
      await manager.getRepository(NetworkEntity).update({ id: networkId }, { lifecycleStage: LifecycleStage.CLOSED, closingNote });
      await manager
        .getRepository(NetworkLifecycleEventEntity)
        .save({ networkId, stage: LifecycleStage.CLOSED, note: closingNote, changedById: viewer.personId });
    });
    return this.networks.findOneByOrFail({ id: networkId });
  }

  /** Every stage the network has been through, oldest first. */
  lifecycleHistory(networkId: string): Promise<NetworkLifecycleEventEntity[]> {
    return this.dataSource
      .getRepository(NetworkLifecycleEventEntity)
      .find({ where: { networkId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  /** A network the viewer may see, by slug or id; NOT_FOUND otherwise (never FORBIDDEN). */
  async findVisible(where: { slug: string } | { id: string }, viewer: Viewer | null): Promise<NetworkEntity> {
    const visible = visibleNetworkCondition('n', viewer);
    const query = this.networks.createQueryBuilder('n').where(visible.sql, visible.params);
    if ('slug' in where) query.andWhere('n.slug = :slug', { slug: where.slug });
    else query.andWhere('n.id = :id', { id: where.id });
    const network = await query.getOne();
    if (!network) throw networksError(NetworksError.NotFound);
    return network;
  }

  async isVisible(id: string, viewer: Viewer | null): Promise<boolean> {
    return this.findVisible({ id }, viewer).then(
      () => true,
      () => false,
    );
  }

  /** GraphQL models for networks, with member counts and the viewer's roles in two statements. */
  /** Networks where the person holds a current role, by name (at most 500). */
  forPerson(personId: string): Promise<NetworkEntity[]> {
    return this.dataSource
      .getRepository(NetworkEntity)
      .createQueryBuilder('n')
      .where(
        `EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.scope_type = 'network' AND ra.scope_id = n.id
                  AND ra.person_id = :personId AND ra.ended_at IS NULL)`,
        { personId },
      )
      .orderBy('lower(n.name)', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .limit(500)
      .getMany();
  }

  async toModels(networks: NetworkEntity[], viewer: Viewer | null, memberCounts?: Map<string, number>): Promise<NetworkModel[]> {
    const ids = networks.map((n) => n.id);
    if (ids.length === 0) return [];
    const counts =
      memberCounts ??
      new Map(
        (
          await this.dataSource
            .getRepository(NetworkMembershipEntity)
            .createQueryBuilder('m')
            .select('m.parent_id', 'id')
            .addSelect('count(*)::int', 'count')
            .where({ parentId: In(ids), status: MembershipStatus.ACTIVE })
            .groupBy('m.parent_id')
            .getRawMany<{ id: string; count: number }>()
        ).map((r) => [r.id, r.count]),
      );
    const roles = viewer
      ? await this.dataSource.getRepository(RoleAssignmentEntity).find({
          select: { scopeId: true, role: true },
          where: { personId: viewer.personId, scopeType: 'network', scopeId: In(ids), endedAt: IsNull() },
        })
      : [];
    return networks.map((n) =>
      Object.assign(new NetworkModel(), {
        id: n.id,
        slug: n.slug,
        name: n.name,
        kind: n.kind,
        purpose: n.purpose,
        values: n.values,
        description: n.description,
        themes: n.themes,
        sectors: n.sectors,
        area: { placeName: n.placeName, region: n.region, latitude: n.latitude, longitude: n.longitude },
        scope: n.scope,
        lifecycleStage: n.lifecycleStage,
        isClosed: n.lifecycleStage === LifecycleStage.CLOSED,
        isClaimed: n.isClaimed,
        closingNote: n.closingNote,
        visibility: n.visibility,
        website: n.website,
        contact: n.contact,
        memberCount: counts.get(n.id) ?? 0,
        viewerRoles: roles.filter((r) => r.scopeId === n.id).map((r) => r.role as NetworkRole),
        createdAt: n.createdAt,
      }),
    );
  }
}
