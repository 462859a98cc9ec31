export interface InvitationNode {
  id: string;
  parentId?: string | null;
  issuedByName: string;
  networkName?: string | null;
  registrations: number;
  branchRegistrations: number;
}

export type InvitationBranch<T extends InvitationNode> = T & { children: InvitationBranch<T>[] };

/**
 * Nests the flat list by parentId, keeping the API's order among siblings.
 * A node whose parent is missing (not in the list) is shown at the top rather than lost.
 */
export function buildInvitationTree<T extends InvitationNode>(nodes: readonly T[]): InvitationBranch<T>[] {
  const byId = new Map<string, InvitationBranch<T>>(nodes.map((node) => [node.id, { ...node, children: [] }]));
  const roots: InvitationBranch<T>[] = [];
  for (const node of nodes) {
    const branch = byId.get(node.id);
    if (!branch) continue;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent && parent !== branch) parent.children.push(branch);
    else roots.push(branch);
  }
  return roots;
}
