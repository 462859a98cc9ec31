import { Injectable } from '@nestjs/common';
import slugify from '@sindresorhus/slugify';
import type { Viewer } from '../../../common/access/request-context.js';
import { groupByKeys } from '../../../common/graphql/request-loader.js';
import { isUniqueViolation } from '../../../database/pg-errors.js';
import { AuditAction, AuditSubject } from '../../audit/audit.enums.js';
import { AuditService } from '../../audit/audit.service.js';
import { RolesService } from '../../roles/roles.service.js';
import { LifecycleStage, NetworkRole, NetworkScope, NetworkVisibility } from '../network.enums.js';
import type { NetworkSummary } from '../network-summary.model.js';
import { NetworksError, networksError } from '../networks.errors.js';
import type { NetworkFieldsInput } from './dtos/network-fields.input.js';
import type { RegisterNetworkInput } from './dtos/register-network.input.js';
import type { UpdateNetworkInput } from './dtos/update-network.input.js';
import type { LifecycleEvent } from './network-lifecycle-event.model.js';
import { NetworkModel } from './network.model.js';
import { NetworksRepository, type NetworkChanges, type NetworkRow } from './networks.repository.js';
import { networkSlug } from './network-slug.js';

/** Lower case, single spaces, no repeats, in the order given. */
export function normaliseThemes(themes: string[]): string[] {
  const cleaned = themes.map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
  return [...new Set(cleaned)];
}

function fieldChanges(input: NetworkFieldsInput): NetworkChanges {
  const changes: NetworkChanges = {};
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
    private readonly repository: NetworksRepository,
    private readonly roles: RolesService,
    private readonly audit: AuditService,
  ) {}

  /** Registers a network with a unique slug (see networkSlug); the registrant becomes its facilitator. */
  async register(input: RegisterNetworkInput, viewer: Viewer, options: { claimed: boolean } = { claimed: true }): Promise<NetworkModel> {
    return this.model(await this.insert(input, viewer, options), viewer);
  }

  private async insert(input: RegisterNetworkInput, viewer: Viewer, options: { claimed: boolean }): Promise<NetworkRow> {
    const base = slugify(input.name) || 'network';
    for (let attempt = 0; ; attempt++) {
      const membersOnly = input.visibility === NetworkVisibility.MEMBERS_ONLY;
      const slug = networkSlug(base, (await this.repository.slugTaken(base)) ? new Set([base]) : new Set(), membersOnly);
      try {
        return await this.repository.transaction(async (trx) => {
          const network = await this.repository.insert(
            {
              name: input.name,
              kind: input.kind,
              slug,
              ...fieldChanges(input),
              scope: input.scope ?? NetworkScope.LOCAL,
              isClaimed: options.claimed,
            },
            trx,
          );
          await this.roles.grant(viewer.personId, 'network', network.id, NetworkRole.FACILITATOR, trx);
          await this.repository.addLifecycleEvents(
            [{ networkId: network.id, stage: network.lifecycleStage, changedById: viewer.personId }],
            trx,
          );
          return network;
        });
      } catch (error) {
        // Someone took the same slug a moment ago: pick another.
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async update(input: UpdateNetworkInput, viewer: Viewer): Promise<NetworkModel> {
    const changes = fieldChanges(input);
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    await this.repository.transaction(async (trx) => {
      const before = await this.repository.lockStage(input.networkId, trx);
      if (!before) throw networksError(NetworksError.NotFound);
      if (before === LifecycleStage.CLOSED && changes.lifecycleStage) throw networksError(NetworksError.AlreadyClosed);
      if (Object.keys(changes).length > 0) await this.repository.update(input.networkId, changes, trx);
      if (changes.lifecycleStage && changes.lifecycleStage !== before) {
        await this.repository.addLifecycleEvents(
          [{ networkId: input.networkId, stage: changes.lifecycleStage, changedById: viewer.personId }],
          trx,
        );
      }
    });
    return this.model(await this.repository.get(input.networkId), viewer);
  }

  /** Closing well: the network becomes read-only history, with its legacy in the closing note. */
  async close(networkId: string, closingNote: string, viewer: Viewer): Promise<NetworkModel> {
    await this.repository.transaction(async (trx) => {
      const stage = await this.repository.lockStage(networkId, trx);
      if (!stage) throw networksError(NetworksError.NotFound);
      if (stage === LifecycleStage.CLOSED) throw networksError(NetworksError.AlreadyClosed);
      await this.repository.update(networkId, { lifecycleStage: LifecycleStage.CLOSED, closingNote }, trx);
      await this.repository.addLifecycleEvents(
        [{ networkId, stage: LifecycleStage.CLOSED, note: closingNote, changedById: viewer.personId }],
        trx,
      );
      const detail = { stageBefore: stage };
      await this.audit.record(
        viewer,
        { action: AuditAction.NETWORK_CLOSED, subjectType: AuditSubject.NETWORK, subjectId: networkId, detail },
        trx,
      );
    });
    return this.model(await this.repository.get(networkId), viewer);
  }

  /** The stages each network has been through, oldest first (a batch for a request loader). */
  async lifecycleHistories(networkIds: readonly string[]): Promise<LifecycleEvent[][]> {
    const rows = await this.repository.lifecycleEvents(networkIds);
    return groupByKeys(networkIds, rows, (r) => r.networkId).map((group) =>
      group.map((r) => ({ stage: r.stage, note: r.note, at: r.changedAt })),
    );
  }

  /** A network the viewer may see, by slug or id; NOT_FOUND otherwise (never FORBIDDEN). */
  async findVisible(where: { slug: string } | { id: string }, viewer: Viewer | null): Promise<NetworkRow> {
    const network = await this.repository.findVisible(where, viewer);
    if (!network) throw networksError(NetworksError.NotFound);
    return network;
  }

  async isVisible(id: string, viewer: Viewer | null): Promise<boolean> {
    return (await this.repository.findVisible({ id }, viewer)) !== undefined;
  }

  /** One network the viewer may see, by slug; NOT_FOUND otherwise. */
  async bySlug(slug: string, viewer: Viewer | null): Promise<NetworkModel> {
    return this.model(await this.findVisible({ slug }, viewer), viewer);
  }

  /** Networks where the viewer holds a current role, by name (at most 500). */
  async mine(viewer: Viewer): Promise<NetworkModel[]> {
    return this.toModels(await this.repository.forPerson(viewer.personId), viewer);
  }

  /**
   * Networks by id as other modules show them (id, slug, name, kind, isClosed), by name;
   * ids that are not networks, or that the viewer may not see, are left out.
   */
  async summaries(networkIds: readonly string[], viewer: Viewer | null): Promise<NetworkSummary[]> {
    return networkIds.length === 0 ? [] : this.repository.summaries([...new Set(networkIds)], viewer);
  }

  private async model(network: NetworkRow, viewer: Viewer | null): Promise<NetworkModel> {
    const [model] = await this.toModels([network], viewer);
    return model;
  }

  /** GraphQL models for networks, with member counts (of members the viewer may see) and the viewer's roles in two statements. */
  async toModels(networks: NetworkRow[], viewer: Viewer | null, memberCounts?: Map<string, number>): Promise<NetworkModel[]> {
    const ids = networks.map((n) => n.id);
    if (ids.length === 0) return [];
    const counts = memberCounts ?? (await this.repository.memberCounts(ids, viewer));
    const roles = viewer ? await this.repository.rolesOf(viewer.personId, ids) : [];
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
        viewerRoles: roles.filter((r) => r.scopeId === n.id).map((r) => r.role),
        createdAt: n.createdAt,
      }),
    );
  }
}
