import { parse as parseCsv } from 'csv-parse/sync';
import { DirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';
import graphmlModule from 'graphology-graphml';
import { MembershipStatus, NetworkMembershipEntity, TieType } from '../../ties/network-membership.entity.js';
import { createTestApp, type NetworkFixture, type TestApp, type TestPerson } from '../../../../test/test-app.js';

// CommonJS readers: under nodenext the default import is module.exports. The files are directed (member → coalition),
// so reading them into a DirectedGraph fails on any undirected tie.
const gexf = gexfModule as unknown as { parse: typeof gexfModule.parse };
const graphml = graphmlModule as unknown as { parse: typeof graphmlModule.parse };

type Network = { id: string; slug: string; name: string };

describe('graph exports (CSV edge list, GEXF, GraphML)', () => {
  let t: TestApp;
  let owner: TestPerson;
  let run = 0;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.newPerson();
  });
  afterAll(() => t.close());

  const add = (name: string, input: NetworkFixture = {}, by = owner) => t.newNetwork(by, { name: `${name} ${run}`, ...input });
  const tie = (member: Network, parent: Network, tieType = TieType.MEMBER, status = MembershipStatus.ACTIVE) =>
    t.dataSource.getRepository(NetworkMembershipEntity).save({ memberId: member.id, parentId: parent.id, status, tieType });
  const get = (path: string, cookie = '') => fetch(`${t.baseUrl}${path}`, { headers: { cookie } });
  const text = async (path: string, cookie = '') => {
    const response = await get(path, cookie);
    expect(response.status).toBe(200);
    return response.text();
  };
  const rowsOf = (csv: string) => parseCsv(csv, { columns: true, bom: true }) as Record<string, string>[];

  /** A coalition on a theme of its own, two members on it (one a partner), one off it, a members-only member, and a tie out. */
  async function world() {
    run += 1;
    const theme = `export-${run}-${Date.now()}`;
    const hermit = await t.newPerson();
    const coalition = await add('Saltmarsh Coalition', {
      kind: 'COALITION',
      themes: [theme],
      sectors: ['VOLUNTARY_SECTOR'],
      area: { region: 'WALES' },
    });
    const net = await add('Saltmarsh Net', { themes: [theme], sectors: ['COMMUNITY_GROUP'] });
    const org = await add('Saltmarsh Org', { kind: 'ORGANISATION', themes: [theme] });
    const offTheme = await add('Saltmarsh Elsewhere');
    const hidden = await add('Saltmarsh Hidden', { visibility: 'MEMBERS_ONLY', themes: [theme] }, hermit);
    await tie(net, coalition);
    await tie(org, coalition, TieType.PARTNER);
    await tie(offTheme, coalition);
    await tie(hidden, coalition);
    await tie(net, offTheme, TieType.MEMBER, MembershipStatus.ENDED);
    return { theme, hermit, coalition, net, org, offTheme, hidden };
  }

  it('writes the filtered map’s ties as a CSV edge list in words, with links to profiles', async () => {
    const { theme, coalition, net, org, hidden } = await world();
    const rows = rowsOf(await text(`/api/networks/graph.csv?themes=${theme}`));
    expect(rows.map((r) => [r.source, r.target, r['tie type']]).sort()).toEqual(
      [
        [net.name, coalition.name, 'Member'],
        [org.name, coalition.name, 'Partner'],
      ].sort(),
    );
    const partner = rows.find((r) => r.source === org.name)!;
    expect(partner).toMatchObject({ 'source kind': 'Organisation', 'target kind': 'Coalition' });
    expect(partner['source profile']).toMatch(new RegExp(`^http://[^/]+/networks/${org.slug}$`));
    expect(JSON.stringify(rows)).not.toContain(hidden.name);
    // Welsh words when asked.
    const cy = rowsOf(await text(`/api/networks/graph.csv?themes=${theme}&lang=cy`));
    expect(cy.map((r) => r['tie type']).sort()).toEqual(['Aelod', 'Partner']);
    expect(cy.find((r) => r.source === org.name)!['source kind']).toBe('Sefydliad');
  });

  it('writes GEXF that graphology reads back: the matching networks with their attributes, the ties among them', async () => {
    const { theme, coalition, net, org, hidden } = await world();
    const response = await get(`/api/networks/graph.gexf?themes=${theme}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="weave-map-\d{4}-\d{2}-\d{2}\.gexf"$/);
    const graph = gexf.parse(DirectedGraph, await response.text());
    expect(graph.nodes().sort()).toEqual([coalition.id, net.id, org.id].sort());
    expect(graph.getNodeAttributes(coalition.id)).toMatchObject({
      label: coalition.name,
      kind: 'Coalition',
      region: 'Wales',
      sectors: 'Voluntary sector',
      ties: 2,
      // The hub of a star: every path between its members passes through it.
      bridge: 'yes',
      closed: 'no',
    });
    expect(graph.getNodeAttributes(net.id)).toMatchObject({ kind: 'Network', sectors: 'Community group', ties: 1, bridge: 'no' });
    expect(graph.getNodeAttribute(net.id, 'profile')).toMatch(new RegExp(`/networks/${net.slug}$`));
    expect(graph.size).toBe(2);
    expect(graph.hasDirectedEdge(org.id, coalition.id)).toBe(true);
    expect(graph.getEdgeAttribute(graph.edge(org.id, coalition.id)!, 'tie')).toBe('Partner');
    expect(graph.hasNode(hidden.id)).toBe(false);
  });

  it('writes GraphML that graphology reads back', async () => {
    const { theme, coalition, net, org } = await world();
    const response = await get(`/api/networks/graph.graphml?themes=${theme}&kinds=COALITION,ORGANISATION`);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    const graph = graphml.parse(DirectedGraph, await response.text());
    expect(graph.nodes().sort()).toEqual([coalition.id, org.id].sort());
    expect(graph.hasNode(net.id)).toBe(false);
    expect(graph.getNodeAttributes(org.id)).toMatchObject({ label: org.name, kind: 'Organisation', ties: 1 });
    expect(graph.edges().map((e) => [graph.source(e), graph.target(e), graph.getEdgeAttribute(e, 'tie')])).toEqual([
      [org.id, coalition.id, 'Partner'],
    ]);
  });

  it('exports one network’s neighbourhood, as deep as asked, as its profile’s map shows it', async () => {
    const { coalition, net, org, offTheme } = await world();
    const far = await add('Saltmarsh Far');
    await tie(far, org);
    const near = gexf.parse(DirectedGraph, await text(`/api/networks/${net.slug}/graph.gexf?depth=1`));
    expect(near.nodes().sort()).toEqual([coalition.id, net.id].sort());
    const two = graphml.parse(DirectedGraph, await text(`/api/networks/${net.slug}/graph.graphml`));
    expect(two.nodes().sort()).toEqual([coalition.id, net.id, org.id, offTheme.id].sort());
    const rows = rowsOf(await text(`/api/networks/${net.slug}/graph.csv?depth=3`));
    expect(rows.some((r) => r.source === far.name && r.target === org.name)).toBe(true);
  });

  describe('members-only networks', () => {
    it('never appear to outsiders, in any format, directory or neighbourhood, whatever the filters', async () => {
      const { theme, coalition, hidden } = await world();
      const stranger = await t.newPerson();
      for (const cookie of ['', stranger.client.cookieHeader]) {
        for (const format of ['csv', 'gexf', 'graphml']) {
          for (const path of [
            `/api/networks/graph.${format}`,
            `/api/networks/graph.${format}?themes=${theme}`,
            `/api/networks/graph.${format}?search=${encodeURIComponent(hidden.name)}`,
            `/api/networks/${coalition.slug}/graph.${format}?depth=3`,
          ]) {
            const body = await text(path, cookie);
            expect(body).not.toContain(hidden.id);
            expect(body).not.toContain(hidden.name);
            expect(body).not.toContain(hidden.slug);
          }
        }
        const own = await get(`/api/networks/${hidden.slug}/graph.gexf`, cookie);
        expect(own.status).toBe(404);
        expect((await own.json()) as unknown).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      }
    });

    it('appear to their own people, with their ties', async () => {
      const { theme, coalition, hidden, hermit } = await world();
      const graph = gexf.parse(DirectedGraph, await text(`/api/networks/graph.gexf?themes=${theme}`, hermit.client.cookieHeader));
      expect(graph.getNodeAttribute(hidden.id, 'label')).toBe(hidden.name);
      expect(graph.hasDirectedEdge(hidden.id, coalition.id)).toBe(true);
      const own = rowsOf(await text(`/api/networks/${hidden.slug}/graph.csv?depth=1`, hermit.client.cookieHeader));
      expect(own).toEqual([expect.objectContaining({ source: hidden.name, target: coalition.name })]);
    });
  });

  it('keeps a name with characters XML cannot hold readable', async () => {
    run += 1;
    const bell = await add('Bell\u0007 Ringers');
    const coalition = await add('Belfry Coalition', { kind: 'COALITION' });
    await tie(bell, coalition);
    for (const format of ['gexf', 'graphml'] as const) {
      const body = await text(`/api/networks/${bell.slug}/graph.${format}?depth=1`);
      const graph = (format === 'gexf' ? gexf : graphml).parse(DirectedGraph, body);
      expect(graph.getNodeAttribute(bell.id, 'label')).toBe(`Bell Ringers ${run}`);
    }
  });

  it('answers a format it does not write, a depth out of range, an unknown filter value and an unknown network with errors a person can act on', async () => {
    const { net } = await world();
    const unknownFormat = await get(`/api/networks/graph.pdf`);
    expect(unknownFormat.status).toBe(404);
    const deep = await get(`/api/networks/${net.slug}/graph.csv?depth=9`);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { depth: 'Ask for 1 to 3 ties out from the network.' } } }],
    });
    expect((await get(`/api/networks/${net.slug}/graph.csv?depth=two`)).status).toBe(400);
    const french = await get(`/api/networks/${net.slug}/graph.csv?lang=fr`);
    expect(french.status).toBe(400);
    expect(await french.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { lang: 'Use en or cy.' } } }] });
    const kind = await get(`/api/networks/graph.gexf?kinds=PLANET`);
    expect(kind.status).toBe(400);
    expect(await kind.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'UnknownFilterValue' } }] });
    const missing = await get(`/api/networks/no-such-network-anywhere/graph.graphml`);
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).not.toMatch(/at \w+ \(|SELECT|stack/i);
  });
});
