import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { MembershipStatus, TieType } from '../modules/networks/ties/network-membership.entity.js';
import { NetworkMembershipsService } from '../modules/networks/ties/network-memberships.service.js';
import { NetworkVisibility } from '../modules/networks/network.enums.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';
import { RolesService } from '../modules/roles/roles.service.js';
import { DEMO_NETWORKS, DEMO_TIES, type DemoNetwork, type DemoPersonKey } from './demo-data/index.js';

export interface DemoDirectorySummary {
  networks: number;
  activeTies: number;
  pendingTies: number;
  extraRoles: number;
}

/**
 * Registers the demo directory through the same services the API uses, so it
 * obeys the same rules (unique slugs, acyclic ties, handshakes, lifecycle
 * history). `people` maps each demo person to their id.
 */
export async function loadDemoNetworks(app: INestApplication, people: Record<DemoPersonKey, string>): Promise<DemoDirectorySummary> {
  const networks = app.get(NetworksService);
  const memberships = app.get(NetworkMembershipsService);
  const roles = app.get(RolesService);
  const viewer = (key: DemoPersonKey): Viewer => ({ personId: people[key], sessionId: 'demo-seed', isPlatformAdmin: false });

  const byKey = new Map<string, { id: string; network: DemoNetwork }>();
  let extraRoles = 0;
  for (const network of DEMO_NETWORKS) {
    const created = await networks.register(
      {
        name: network.name,
        kind: network.kind,
        purpose: network.purpose,
        values: network.values,
        description: network.description,
        themes: network.themes,
        sectors: network.sectors,
        scope: network.scope,
        lifecycleStage: network.stage,
        visibility: network.visibility ?? NetworkVisibility.PUBLIC,
        website: network.website,
        contact: network.contact,
        area: network.area,
      },
      viewer(network.facilitator),
    );
    byKey.set(network.key, { id: created.id, network });
    for (const [person, role] of network.roles ?? []) {
      await roles.grant(people[person], 'network', created.id, role);
      extraRoles += 1;
    }
  }

  const find = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`The demo data has a tie to "${key}", which is not one of its networks.`);
    return found;
  };
  let activeTies = 0;
  let pendingTies = 0;
  for (const tie of DEMO_TIES) {
    const [member, parent] = [find(tie.member), find(tie.parent)];
    // The coalition invites; the member's facilitator accepts (at once when it is the same person).
    const proposed = await memberships.propose(
      { memberNetworkId: member.id, parentNetworkId: parent.id, tieType: tie.tieType ?? TieType.MEMBER },
      viewer(parent.network.facilitator),
    );
    if (tie.pending) {
      pendingTies += 1;
      continue;
    }
    if (proposed.status !== MembershipStatus.ACTIVE) {
      await memberships.respond({ membershipId: proposed.id, accept: true }, viewer(member.network.facilitator));
    }
    if (tie.ended) await memberships.end({ membershipId: proposed.id }, viewer(parent.network.facilitator));
    else activeTies += 1;
  }

  // Closed last, so their ties and history were made while they were open.
  for (const { id, network } of byKey.values()) {
    if (network.closingNote) await networks.close(id, network.closingNote, viewer(network.facilitator));
  }
  return { networks: byKey.size, activeTies, pendingTies, extraRoles };
}
