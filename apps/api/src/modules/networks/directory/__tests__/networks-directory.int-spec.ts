import { createTestApp, type NetworkFixture, type TestApp, type TestPerson } from '../../../../test/test-app.js';

const DIRECTORY = `query($search: String, $filter: NetworkFilter, $sort: NetworkSort, $first: Int, $after: String) {
  networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges { cursor node { name memberCount } }
    pageInfo { hasNextPage endCursor }
    facets { themes { value count } sectors { value count } regions { value count } scopes { value count } lifecycleStages { value count } kinds { value count } }
  }
}`;

type Directory = {
  networks: {
    totalCount: number;
    edges: { cursor: string; node: { name: string; memberCount: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: Record<string, { value: string; count: number }[]>;
  };
};

describe('networks directory', () => {
  let t: TestApp;
  let faith: TestPerson;
  const names = (d: Directory) => d.networks.edges.map((e) => e.node.name);

  beforeAll(async () => {
    t = await createTestApp();
    faith = await t.newPerson();
    const add = (input: NetworkFixture) => t.newNetwork(faith, input);
    await add({
      name: 'Govanhill Food Network',
      kind: 'NETWORK',
      purpose: 'Growing and sharing food',
      themes: ['food'],
      sectors: ['COMMUNITY_GROUP'],
      area: { region: 'SCOTLAND' },
      scope: 'NEIGHBOURHOOD',
    });
    await add({
      name: 'Northern Housing Alliance',
      kind: 'COALITION',
      purpose: 'Decent homes for all',
      description: 'Tenants and landlords gardening together',
      themes: ['housing'],
      sectors: ['VOLUNTARY_SECTOR', 'PUBLIC_SECTOR'],
      area: { region: 'NORTH_WEST' },
      scope: 'REGIONAL',
    });
    await add({
      name: 'Réseau Santé Mentale',
      kind: 'NETWORK',
      purpose: 'Peer support for mental health',
      themes: ['mental health', 'food'],
      sectors: ['LIVED_EXPERIENCE'],
      area: { region: 'SCOTLAND' },
      scope: 'LOCAL',
    });
    await add({
      name: 'Hidden Allotment Circle',
      kind: 'NETWORK',
      purpose: 'Growing food',
      visibility: 'MEMBERS_ONLY',
      themes: ['food'],
      area: { region: 'SCOTLAND' },
    });
  });
  afterAll(() => t.close());

  it('finds by words with English stemming, weighting the name first', async () => {
    const d = await t.client().data<Directory>(DIRECTORY, { search: 'gardens' });
    expect(names(d)).toEqual(['Northern Housing Alliance']);
    const grow = await t.client().data<Directory>(DIRECTORY, { search: 'food' });
    expect(names(grow)[0]).toBe('Govanhill Food Network');
  });

  it('ignores accents and forgives a misspelt name', async () => {
    expect(names(await t.client().data<Directory>(DIRECTORY, { search: 'reseau sante' }))).toEqual(['Réseau Santé Mentale']);
    expect(names(await t.client().data<Directory>(DIRECTORY, { search: 'Govanhil Fod Netwrk' }))).toEqual(['Govanhill Food Network']);
    expect(names(await t.client().data<Directory>(DIRECTORY, { search: 'Nothern Housng' }))).toEqual(['Northern Housing Alliance']);
  });

  it('combines filters and counts facets over what matches', async () => {
    const d = await t.client().data<Directory>(DIRECTORY, { filter: { regions: ['SCOTLAND'], kinds: ['NETWORK'] } });
    expect(names(d)).toEqual(['Govanhill Food Network', 'Réseau Santé Mentale']);
    expect(d.networks.totalCount).toBe(2);
    expect(d.networks.facets.themes).toEqual([
      { value: 'food', count: 2 },
      { value: 'mental health', count: 1 },
    ]);
    expect(d.networks.facets.sectors).toEqual([
      { value: 'COMMUNITY_GROUP', count: 1 },
      { value: 'LIVED_EXPERIENCE', count: 1 },
    ]);
    expect(d.networks.facets.kinds).toEqual([{ value: 'NETWORK', count: 2 }]);
    const sectors = await t.client().data<Directory>(DIRECTORY, { filter: { sectors: ['PUBLIC_SECTOR', 'LIVED_EXPERIENCE'] } });
    expect(names(sectors)).toEqual(['Northern Housing Alliance', 'Réseau Santé Mentale']);
  });

  it('hides members-only networks from outsiders in lists, totals and facets, and shows them to their members', async () => {
    const outsider = await t.client().data<Directory>(DIRECTORY, { search: 'allotment' });
    expect(outsider.networks.totalCount).toBe(0);
    const all = await t.client().data<Directory>(DIRECTORY, {});
    expect(all.networks.totalCount).toBe(3);
    expect(all.networks.facets.themes.find((f) => f.value === 'food')?.count).toBe(2);
    const member = await faith.client.data<Directory>(DIRECTORY, {});
    expect(member.networks.totalCount).toBe(4);
    expect(member.networks.facets.themes.find((f) => f.value === 'food')?.count).toBe(3);
  });

  it('sorts by name or newest, and pages with cursors', async () => {
    const byName = await t.client().data<Directory>(DIRECTORY, { sort: 'NAME', first: 2 });
    expect(names(byName)).toEqual(['Govanhill Food Network', 'Northern Housing Alliance']);
    expect(byName.networks.pageInfo.hasNextPage).toBe(true);
    const next = await t.client().data<Directory>(DIRECTORY, { sort: 'NAME', first: 2, after: byName.networks.pageInfo.endCursor });
    expect(names(next)).toEqual(['Réseau Santé Mentale']);
    expect(next.networks.pageInfo.hasNextPage).toBe(false);
    const newest = await t.client().data<Directory>(DIRECTORY, { sort: 'NEWEST', first: 1 });
    expect(names(newest)).toEqual(['Réseau Santé Mentale']);
  });

  it('refuses a page over 100 and a forged cursor', async () => {
    expect((await t.client().error(DIRECTORY, { first: 101 })).extensions?.fields).toEqual({
      first: 'Ask for at most 100 items at a time.',
    });
    expect((await t.client().error(DIRECTORY, { after: 'abc' })).code).toBe('BAD_USER_INPUT');
  });

  it('never serves a stale answer: a change anywhere in the directory shows at once (signed-out answers are cached)', async () => {
    const before = await t.client().data<Directory>(DIRECTORY, { search: 'lighthouse' });
    expect(before.networks.totalCount).toBe(0);
    await t.newNetwork(faith, { name: 'Lighthouse Keepers', purpose: 'Keeping lights on' });
    const after = await t.client().data<Directory>(DIRECTORY, { search: 'lighthouse' });
    expect(names(after)).toEqual(['Lighthouse Keepers']);
    await faith.client.data('mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }', {
      input: {
        networkId: (await t.dataSource.query(`SELECT id FROM networks WHERE name = 'Lighthouse Keepers'`))[0].id,
        visibility: 'MEMBERS_ONLY',
      },
    });
    expect((await t.client().data<Directory>(DIRECTORY, { search: 'lighthouse' })).networks.totalCount).toBe(0);
  });

  it('shows an empty result with empty facets rather than an error', async () => {
    const d = await t.client().data<Directory>(DIRECTORY, { search: 'zzzz qqqq' });
    expect(d.networks).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(d.networks.facets.themes).toEqual([]);
  });
});
