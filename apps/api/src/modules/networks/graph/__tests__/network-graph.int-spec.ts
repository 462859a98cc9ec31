import { MembershipStatus, NetworkMembershipEntity, TieType } from '../../ties/network-membership.entity.js';
import { createTestApp, type NetworkFixture, type TestApp, type TestPerson } from '../../../../test/test-app.js';

const FIELDS = `nodeCount edgeCount outsideTieCount isBetweennessEstimated
  nodes { id slug name kind region sectors isClosed degree betweenness isBridge cluster }
  edges { id source target tieType }`;
const NETWORK_GRAPH = `query($slug: String!, $depth: Int) { networkGraph(slug: $slug, depth: $depth) { ${FIELDS} } }`;
const DIRECTORY_GRAPH = `query($search: String, $filter: NetworkFilter) { directoryGraph(search: $search, filter: $filter) { ${FIELDS} } }`;
const DIRECTORY_IDS = `query($search: String, $filter: NetworkFilter) {
  networks(search: $search, filter: $filter, first: 100) { totalCount edges { node { id } } }
}`;

interface Graph {
  nodeCount: number;
  edgeCount: number;
  outsideTieCount: number;
  isBetweennessEstimated: boolean;
  nodes: {
    id: string;
    slug: string;
    name: string;
    kind: string;
    degree: number;
    betweenness: number;
    isBridge: boolean;
    cluster: number;
  }[];
  edges: { id: string; source: string; target: string; tieType: string }[];
}

type Network = { id: string; slug: string; name: string };

describe('network graph', () => {
  let t: TestApp;
  let owner: TestPerson;
  let run = 0;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.newPerson();
  });
  afterAll(() => t.close());

  const add = (name: string, input: NetworkFixture = {}, by = owner) => t.newNetwork(by, { name: `${name} ${run}`, ...input });
  const tie = (member: Network, parent: Network, status = MembershipStatus.ACTIVE, tieType = TieType.MEMBER) =>
    t.dataSource.getRepository(NetworkMembershipEntity).save({ memberId: member.id, parentId: parent.id, status, tieType });

  const graphOf = async (slug: string, depth?: number, client = t.client()) =>
    (await client.data<{ networkGraph: Graph }>(NETWORK_GRAPH, { slug, depth })).networkGraph;
  const names = (graph: Graph) => graph.nodes.map((n) => n.name.replace(/ \d+$/, '')).sort();
  const node = (graph: Graph, network: Network) => graph.nodes.find((n) => n.id === network.id);

  /**
   * Coalition ← network ← organisation chains, as in:
   *   Org ─▶ Net1 ─▶ Alliance ◀─ Net2, and Net3 ─▶ Alliance (ended), Net3 ─▶ Other (invited).
   */
  async function chain() {
    run += 1;
    const alliance = await add('Alliance', { kind: 'COALITION' });
    const other = await add('Other', { kind: 'COALITION' });
    const [net1, net2, net3] = [await add('Net1'), await add('Net2'), await add('Net3')];
    const org = await add('Org', { kind: 'ORGANISATION' });
    await tie(org, net1);
    await tie(net1, alliance, MembershipStatus.ACTIVE, TieType.PARTNER);
    await tie(net2, alliance);
    await tie(net3, alliance, MembershipStatus.ENDED);
    await tie(net3, other, MembershipStatus.INVITED);
    await tie(net2, other, MembershipStatus.DECLINED);
    return { alliance, other, net1, net2, net3, org };
  }

  /** Two tight clusters (two coalitions sharing three members each) joined only through Bridge. */
  async function twoClusters() {
    run += 1;
    const side = async (label: string) => {
      const coalitions = [
        await add(`${label} Coalition A`, { kind: 'COALITION' }),
        await add(`${label} Coalition B`, { kind: 'COALITION' }),
      ];
      const members = [await add(`${label} One`), await add(`${label} Two`), await add(`${label} Three`)];
      for (const member of members) for (const coalition of coalitions) await tie(member, coalition);
      return { coalitions, members };
    };
    const north = await side('North');
    const south = await side('South');
    const bridge = await add('Bridge');
    for (const coalition of [...north.coalitions, ...south.coalitions]) await tie(bridge, coalition);
    return { north, south, bridge };
  }

  it('walks one tie out in both directions: its members and the coalitions it belongs to', async () => {
    const { net1, org, alliance } = await chain();
    const graph = await graphOf(net1.slug, 1);
    expect(names(graph)).toEqual(['Alliance', 'Net1', 'Org']);
    expect(graph.edges.map((e) => [e.source, e.target, e.tieType]).sort()).toEqual(
      [
        [org.id, net1.id, 'MEMBER'],
        [net1.id, alliance.id, 'PARTNER'],
      ].sort(),
    );
    expect([graph.nodeCount, graph.edgeCount]).toEqual([3, 2]);
    // Net2 → Alliance is one tie further out.
    expect(graph.outsideTieCount).toBe(1);
    expect((await graphOf(net1.slug, 2)).outsideTieCount).toBe(0);
    expect(node(graph, net1)).toMatchObject({ degree: 2, betweenness: 1, isBridge: true, kind: 'NETWORK' });
    expect(node(graph, alliance)).toMatchObject({ degree: 1, betweenness: 0, isBridge: false, kind: 'COALITION' });
  });

  it('walks two ties out, up and down, and defaults to two', async () => {
    const { org, net2 } = await chain();
    expect(names(await graphOf(org.slug, 2))).toEqual(['Alliance', 'Net1', 'Org']);
    expect(names(await graphOf(org.slug, 3))).toEqual(['Alliance', 'Net1', 'Net2', 'Org']);
    expect(names(await graphOf(net2.slug))).toEqual(['Alliance', 'Net1', 'Net2']);
    expect(names(await graphOf(net2.slug, 3))).toEqual(['Alliance', 'Net1', 'Net2', 'Org']);
  });

  it('ignores ended, invited and declined ties', async () => {
    const { net3, other, alliance } = await chain();
    const lone = await graphOf(net3.slug, 3);
    expect(names(lone)).toEqual(['Net3']);
    expect(lone.edges).toEqual([]);
    expect(node(lone, net3)).toMatchObject({ degree: 0, betweenness: 0, isBridge: false, cluster: 0 });
    expect(names(await graphOf(other.slug, 3))).toEqual(['Other']);
    expect(names(await graphOf(alliance.slug, 1))).toEqual(['Alliance', 'Net1', 'Net2']);
  });

  it('flags the network joining two clusters as the bridge, with the highest betweenness', async () => {
    const { north, south, bridge } = await twoClusters();
    const graph = await graphOf(bridge.slug, 2);
    expect(graph.nodeCount).toBe(11);
    expect(graph.edgeCount).toBe(16);
    expect(graph.isBetweennessEstimated).toBe(false);
    expect(graph.nodes[0].id).toBe(bridge.id); // most central first
    const others = graph.nodes.filter((n) => n.id !== bridge.id);
    expect(Math.max(...others.map((n) => n.betweenness))).toBeLessThan(node(graph, bridge)!.betweenness);
    expect(graph.nodes.filter((n) => n.isBridge).map((n) => n.id)).toEqual([bridge.id]);
    for (const n of graph.nodes) expect(n.betweenness).toBeGreaterThanOrEqual(0);
    for (const n of graph.nodes) expect(n.betweenness).toBeLessThanOrEqual(1);

    const clusterOf = (network: Network) => node(graph, network)!.cluster;
    const northClusters = new Set([...north.coalitions, ...north.members].map(clusterOf));
    const southClusters = new Set([...south.coalitions, ...south.members].map(clusterOf));
    expect(northClusters.size).toBe(1);
    expect(southClusters.size).toBe(1);
    expect([...northClusters][0]).not.toBe([...southClusters][0]);
  });

  describe('members-only networks', () => {
    async function withHidden() {
      const { alliance, net1 } = await chain();
      const hermit = await t.newPerson();
      const hidden = await add('Hidden', { visibility: 'MEMBERS_ONLY' }, hermit);
      const behind = await add('Behind');
      await tie(hidden, alliance);
      await tie(behind, hidden);
      return { alliance, net1, hermit, hidden, behind };
    }

    it('are absent for outsiders: no node, no tie, not counted, and not walked through', async () => {
      const { alliance, hidden } = await withHidden();
      for (const client of [t.client(), (await t.newPerson()).client]) {
        const graph = await graphOf(alliance.slug, 3, client);
        expect(names(graph)).toEqual(['Alliance', 'Net1', 'Net2', 'Org']);
        expect(graph.nodeCount).toBe(4);
        expect(graph.edgeCount).toBe(3);
        expect(JSON.stringify(graph)).not.toContain(hidden.id);
        expect((await client.error(NETWORK_GRAPH, { slug: hidden.slug })).code).toBe('NOT_FOUND');
      }
    });

    it('are there for their facilitator and for platform admins', async () => {
      const { alliance, hidden, behind, hermit } = await withHidden();
      for (const client of [hermit.client, (await t.newAdmin()).client]) {
        const graph = await graphOf(alliance.slug, 2, client);
        expect(names(graph)).toEqual(['Alliance', 'Behind', 'Hidden', 'Net1', 'Net2', 'Org']);
        expect(graph.edges.some((e) => e.source === hidden.id && e.target === alliance.id)).toBe(true);
        expect(names(await graphOf(hidden.slug, 1, client))).toEqual(['Alliance', 'Behind', 'Hidden']);
      }
      expect(names(await graphOf(behind.slug, 3))).toEqual(['Behind']);
    });

    it('are left out of the directory graph for outsiders only', async () => {
      const { hidden, behind, hermit } = await withHidden();
      const outsider = (await t.client().data<{ directoryGraph: Graph }>(DIRECTORY_GRAPH)).directoryGraph;
      expect(JSON.stringify(outsider)).not.toContain(hidden.id);
      expect(outsider.nodes.some((n) => n.id === behind.id)).toBe(true);
      expect(outsider.nodeCount).toBe(outsider.nodes.length);
      expect(outsider.edgeCount).toBe(outsider.edges.length);

      const inside = (await hermit.client.data<{ directoryGraph: Graph }>(DIRECTORY_GRAPH)).directoryGraph;
      expect(inside.nodeCount).toBe(outsider.nodeCount + 1);
      expect(inside.edgeCount).toBe(outsider.edgeCount + 2);
      expect(inside.edges.filter((e) => e.source === hidden.id || e.target === hidden.id)).toHaveLength(2);
    });
  });

  it('draws the whole directory with every node’s ties inside the graph', async () => {
    const { bridge } = await twoClusters();
    const graph = (await t.client().data<{ directoryGraph: Graph }>(DIRECTORY_GRAPH)).directoryGraph;
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has(bridge.id)).toBe(true);
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(graph.nodes.find((n) => n.id === bridge.id)!.isBridge).toBe(true);
  });

  describe('the directory graph with a search and filters', () => {
    const directoryGraph = async (variables: Record<string, unknown>, client = t.client()) =>
      (await client.data<{ directoryGraph: Graph }>(DIRECTORY_GRAPH, variables)).directoryGraph;
    const listed = async (variables: Record<string, unknown>, client = t.client()) =>
      (await client.data<{ networks: { totalCount: number; edges: { node: { id: string } }[] } }>(DIRECTORY_IDS, variables)).networks.edges
        .map((e) => e.node.id)
        .sort();

    /** A coalition on a theme of its own with two members on it, one member off it, and a tie out to a coalition off it. */
    async function themed() {
      run += 1;
      const theme = `mapping-${run}-${Date.now()}`;
      const coalition = await add('Tidewater Coalition', {
        kind: 'COALITION',
        themes: [theme],
        purpose: 'Quillwort restoration together.',
      });
      const net = await add('Tidewater Net', { themes: [theme], purpose: 'Quillwort beds and the people who tend them.' });
      const org = await add('Tidewater Org', { kind: 'ORGANISATION', themes: [theme] });
      const offTheme = await add('Tidewater Elsewhere');
      const outside = await add('Tidewater Outside', { kind: 'COALITION' });
      await tie(net, coalition);
      await tie(org, net, MembershipStatus.ACTIVE, TieType.PARTNER);
      await tie(offTheme, coalition);
      await tie(coalition, outside);
      return { theme, coalition, net, org, offTheme, outside };
    }

    it('maps only the networks the filters pick out, and only the ties among them', async () => {
      const { theme, coalition, net, org } = await themed();
      const graph = await directoryGraph({ filter: { themes: [theme] } });
      expect(names(graph)).toEqual(['Tidewater Coalition', 'Tidewater Net', 'Tidewater Org']);
      expect(graph.edges.map((e) => [e.source, e.target]).sort()).toEqual(
        [
          [net.id, coalition.id],
          [org.id, net.id],
        ].sort(),
      );
      expect([graph.nodeCount, graph.edgeCount]).toEqual([3, 2]);
      // Ties to networks left out do not count towards degree or bridging.
      expect(node(graph, coalition)).toMatchObject({ degree: 1, isBridge: false });
      expect(node(graph, net)).toMatchObject({ degree: 2, isBridge: true });

      const coalitions = await directoryGraph({ filter: { themes: [theme], kinds: ['COALITION'] } });
      expect(names(coalitions)).toEqual(['Tidewater Coalition']);
      expect(coalitions.edges).toEqual([]);
    });

    it('maps the networks the search finds, the same ones the list shows', async () => {
      const { theme, coalition, net } = await themed();
      const found = await directoryGraph({ search: 'quillwort', filter: { themes: [theme] } });
      expect(names(found)).toEqual(['Tidewater Coalition', 'Tidewater Net']);
      expect(found.edges.map((e) => [e.source, e.target])).toEqual([[net.id, coalition.id]]);

      for (const variables of [
        { search: 'quillwort', filter: { themes: [theme] } },
        { filter: { themes: [theme] } },
        { search: 'tidewater' },
      ]) {
        const graph = await directoryGraph(variables);
        expect(graph.nodes.map((n) => n.id).sort()).toEqual(await listed(variables));
      }
      expect((await directoryGraph({ search: 'no such word anywhere zzxq', filter: { themes: [theme] } })).nodeCount).toBe(0);
    });

    it('keeps members-only networks out for outsiders, whatever the search and filters', async () => {
      const { theme, coalition } = await themed();
      const hermit = await t.newPerson();
      const hidden = await add(
        'Tidewater Hidden',
        { visibility: 'MEMBERS_ONLY', themes: [theme], purpose: 'Quillwort in secret.' },
        hermit,
      );
      await tie(hidden, coalition);
      for (const variables of [{ filter: { themes: [theme] } }, { search: 'quillwort' }, { search: 'Tidewater Hidden' }]) {
        for (const client of [t.client(), (await t.newPerson()).client]) {
          expect(JSON.stringify(await directoryGraph(variables, client))).not.toContain(hidden.id);
        }
      }
      const inside = await directoryGraph({ filter: { themes: [theme] } }, hermit.client);
      expect(names(inside)).toEqual(['Tidewater Coalition', 'Tidewater Hidden', 'Tidewater Net', 'Tidewater Org']);
      expect(inside.edges.some((e) => e.source === hidden.id && e.target === coalition.id)).toBe(true);
    });

    it('counts the ties that lead outside the networks picked out, but only to networks the viewer may see', async () => {
      const { theme, coalition } = await themed();
      // Elsewhere → Coalition and Coalition → Outside leave the themed set.
      expect((await directoryGraph({ filter: { themes: [theme] } })).outsideTieCount).toBe(2);
      const hermit = await t.newPerson();
      const hidden = await add('Tidewater Hidden Ally', { visibility: 'MEMBERS_ONLY' }, hermit);
      await tie(hidden, coalition);
      for (const client of [t.client(), (await t.newPerson()).client]) {
        expect((await directoryGraph({ filter: { themes: [theme] } }, client)).outsideTieCount).toBe(2);
      }
      expect((await directoryGraph({ filter: { themes: [theme] } }, hermit.client)).outsideTieCount).toBe(3);
      // The whole directory has nothing outside it.
      expect((await directoryGraph({})).outsideTieCount).toBe(0);
    });

    it('refuses a search over 200 characters, naming the argument', async () => {
      const error = await t.client().error(DIRECTORY_GRAPH, { search: 'x'.repeat(201) });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual({ search: 'Use at most 200 characters.' });
    });
  });

  it('refuses a depth outside 1 to 3, naming the argument', async () => {
    const network = await add('Shallow');
    for (const [depth, message] of [
      [4, 'Ask for at most 3 ties out from the network.'],
      [0, 'Ask for at least 1 tie out from the network.'],
    ] as const) {
      const error = await t.client().error(NETWORK_GRAPH, { slug: network.slug, depth });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual({ depth: message });
    }
  });

  it('is NOT_FOUND for a slug no network has', async () => {
    const error = await t.client().error(NETWORK_GRAPH, { slug: 'no-such-network-anywhere' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('We could not find that network.');
  });
});
