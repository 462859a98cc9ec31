import type { InvitationTreeNode } from './invitation-tree-node.model.js';
import type { InvitationTree } from './invitation-tree.model.js';
import type { NamedInvitation } from './invitations.repository.js';

/** The cascade from a gathering's invitations (oldest first) and its registrations (not cancelled). */
export function invitationTree(
  invitations: NamedInvitation[],
  registrations: { invitationId: string | null; representingNetworkIds: string[] }[],
): InvitationTree {
  const direct = new Map<string, number>();
  for (const r of registrations) if (r.invitationId) direct.set(r.invitationId, (direct.get(r.invitationId) ?? 0) + 1);

  const byId = new Map(invitations.map((i) => [i.id, i]));
  const depthOf = (i: NamedInvitation, seen = new Set<string>()): number => {
    const parent = i.parentId ? byId.get(i.parentId) : undefined;
    if (!parent || seen.has(parent.id)) return 1;
    seen.add(i.id);
    return depthOf(parent, seen) + 1;
  };
  const children = new Map<string, string[]>();
  for (const i of invitations)
    if (i.parentId && byId.has(i.parentId)) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i.id]);
  const branch = (id: string): number => (direct.get(id) ?? 0) + (children.get(id) ?? []).reduce((sum, child) => sum + branch(child), 0);

  const nodes: InvitationTreeNode[] = invitations.map((i) => ({
    id: i.id,
    parentId: i.parentId && byId.has(i.parentId) ? i.parentId : null,
    depth: depthOf(i),
    issuedByName: i.issuedByName,
    networkName: i.networkName,
    registrations: direct.get(i.id) ?? 0,
    branchRegistrations: branch(i.id),
  }));
  const networks = new Set<string>();
  invitations.forEach((i) => i.networkId && networks.add(i.networkId));
  const through = registrations.filter((r) => r.invitationId);
  through.forEach((r) => r.representingNetworkIds.forEach((n) => networks.add(n)));
  return {
    nodes,
    networksReached: networks.size,
    maxDepth: nodes.reduce((max, n) => Math.max(max, n.depth), 0),
    registrationsThroughInvitations: through.length,
  };
}
