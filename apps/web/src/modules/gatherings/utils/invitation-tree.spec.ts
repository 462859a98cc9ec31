import { buildInvitationTree, type InvitationNode } from './invitation-tree';

const node = (id: string, parentId: string | null): InvitationNode => ({
  id,
  parentId,
  issuedByName: `Person ${id}`,
  networkName: null,
  registrations: 0,
  branchRegistrations: 0,
});

describe('buildInvitationTree', () => {
  it('nests invitations under the one their issuer came through, in order', () => {
    const tree = buildInvitationTree([node('a', null), node('b', 'a'), node('c', 'b'), node('d', 'a'), node('e', null)]);

    expect(tree.map((branch) => branch.id)).toEqual(['a', 'e']);
    expect(tree[0].children.map((branch) => branch.id)).toEqual(['b', 'd']);
    expect(tree[0].children[0].children.map((branch) => branch.id)).toEqual(['c']);
    expect(tree[1].children).toEqual([]);
  });

  it('puts a node whose parent is not in the list at the top rather than losing it', () => {
    const tree = buildInvitationTree([node('b', 'gone'), node('c', 'b')]);

    expect(tree.map((branch) => branch.id)).toEqual(['b']);
    expect(tree[0].children.map((branch) => branch.id)).toEqual(['c']);
  });

  it('is empty for no invitations', () => {
    expect(buildInvitationTree([])).toEqual([]);
  });
});
