import type { NamedInvitation } from '../invitations.repository.js';
import { invitationTree } from '../invitation-tree.js';

const invitation = (id: string, parentId: string | null, networkId: string | null = null): NamedInvitation => ({
  id,
  parentId,
  networkId,
  gatheringId: 'g',
  code: id,
  issuedById: `${id}-issuer`,
  email: null,
  expiresAt: null,
  createdAt: new Date(0),
  issuedByName: `Issuer of ${id}`,
  networkName: null,
});

describe('invitationTree', () => {
  it('counts registrations per invitation and per branch, depth from the conveners, and networks reached', () => {
    const tree = invitationTree(
      [invitation('root', null, 'n1'), invitation('child', 'root'), invitation('grandchild', 'child')],
      [
        { invitationId: 'root', representingNetworkIds: ['n2'] },
        { invitationId: 'grandchild', representingNetworkIds: ['n3'] },
        { invitationId: 'grandchild', representingNetworkIds: [] },
        { invitationId: null, representingNetworkIds: ['n4'] },
      ],
    );
    expect(tree.nodes.map((n) => [n.id, n.depth, n.registrations, n.branchRegistrations])).toEqual([
      ['root', 1, 1, 3],
      ['child', 2, 0, 2],
      ['grandchild', 3, 2, 2],
    ]);
    expect(tree).toMatchObject({ networksReached: 3, maxDepth: 3, registrationsThroughInvitations: 3 });
  });

  it('treats an invitation whose parent is gone as a root', () => {
    const tree = invitationTree([invitation('orphan', 'deleted')], []);
    expect(tree.nodes).toEqual([expect.objectContaining({ id: 'orphan', parentId: null, depth: 1 })]);
  });
});
