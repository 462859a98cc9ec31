import pg from 'pg';
import type { Viewer } from '../../../../common/access/request-context.js';
import { QueryCounter } from '../../../../database/query-counter.js';
import { seedScale } from '../../../../demo/scale/scale-seeder.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../../test/test-app.js';
import { LifecycleStage, NetworkKind, NetworkScope, NetworkSort, Region, Sector } from '../../network.enums.js';
import { DirectorySearchRepository, FACETS, type DirectoryRow, type FacetRow } from '../directory-search.repository.js';
import type { DirectoryMatchArgs } from '../dtos/directory-match.args.js';
import type { NetworkFilter } from '../dtos/network-filter.input.js';
import type { AudienceViewer } from '../../networks.fragments.js';

// The directory's one statement (page, total and facets from one match) and the answers kept by
// version and audience (who sees which members-only networks).

const DIRECTORY = `query($search: String, $filter: NetworkFilter, $sort: NetworkSort) {
  networks(search: $search, filter: $filter, sort: $sort, first: 50) {
    totalCount
    edges { node { name memberCount } }
    facets { themes { value count } sectors { value count } regions { value count } scopes { value count } lifecycleStages { value count } kinds { value count } }
  }
}`;
type Directory = {
  networks: { totalCount: number; edges: { node: { name: string } }[]; facets: Record<string, { value: string; count: number }[]> };
};
const themeCount = (d: Directory, theme: string) => d.networks.facets.themes.find((f) => f.value === theme)?.count ?? 0;
const names = (d: Directory) => d.networks.edges.map((e) => e.node.name);

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let waited = 0; ; waited += 20) {
    const value = await read();
    if (done(value) || waited > 10_000) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('directory answers kept by audience', () => {
  // Only the directory's own statement (the one that matches the search).
  const statements = new QueryCounter((query) => query.includes('matched'));
  let t: TestApp;
  let faith: TestPerson;
  let grace: TestPerson;
  let outsider: TestPerson;
  let hiddenId: string;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: statements });
    faith = await t.newPerson();
    grace = await t.newPerson();
    outsider = await t.newPerson();
    await t.newNetwork(faith, { name: 'Open Orchard Network', themes: ['food'], area: { region: 'WALES' } });
    await t.newNetwork(faith, { name: 'Open Kitchen Coalition', kind: 'COALITION', themes: ['food', 'housing'] });
    hiddenId = (await t.newNetwork(faith, { name: 'Quiet Allotment Circle', themes: ['allotments', 'food'], visibility: 'MEMBERS_ONLY' }))
      .id;
    await t.dataSource.query(`INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'network', $2, 'member')`, [
      grace.id,
      hiddenId,
    ]);
  });
  afterAll(() => t.close());

  it('never counts a members-only network for anyone outside it, signed in or out, whoever asked first', async () => {
    const member = await faith.client.data<Directory>(DIRECTORY, {});
    expect(member.networks.totalCount).toBe(3);
    expect(themeCount(member, 'allotments')).toBe(1);
    expect(themeCount(member, 'food')).toBe(3);
    for (const client of [outsider.client, t.client()]) {
      const outside = await client.data<Directory>(DIRECTORY, {});
      expect(outside.networks.totalCount).toBe(2);
      expect(themeCount(outside, 'allotments')).toBe(0);
      expect(themeCount(outside, 'food')).toBe(2);
      expect(names(outside)).not.toContain('Quiet Allotment Circle');
      const searched = await client.data<Directory>(DIRECTORY, { search: 'allotment', filter: { themes: ['food'] } });
      expect(searched.networks.totalCount).toBe(0);
    }
  });

  it('shares a kept answer between people who see the same networks, without running the search again', async () => {
    const asked = { search: 'food', sort: 'NAME' };
    const first = await faith.client.data<Directory>(DIRECTORY, asked);
    const before = statements.count;
    const shared = await grace.client.data<Directory>(DIRECTORY, asked);
    expect(statements.count).toBe(before);
    expect(shared).toEqual(first);
    expect(names(shared)).toContain('Quiet Allotment Circle');
  });

  it('forgets kept answers when the directory changes, through this process or another, roles included', async () => {
    const asked = { search: 'allotment' };
    expect(names(await grace.client.data<Directory>(DIRECTORY, asked))).toEqual(['Quiet Allotment Circle']);
    await faith.client.data('mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }', {
      input: { networkId: hiddenId, name: 'Quiet Allotment Society' },
    });
    expect(names(await grace.client.data<Directory>(DIRECTORY, asked))).toEqual(['Quiet Allotment Society']);
    // As another process would: straight in the database; the version moves and its notification arrives.
    await t.dataSource.query(`UPDATE role_assignments SET ended_at = now() WHERE person_id = $1`, [grace.id]);
    const after = await eventually(
      () => grace.client.data<Directory>(DIRECTORY, asked),
      (d) => d.networks.totalCount === 0,
    );
    expect(after.networks.totalCount).toBe(0);
    expect(themeCount(await grace.client.data<Directory>(DIRECTORY, {}), 'allotments')).toBe(0);
  });

  it('keeps what someone sees apart from what outsiders see once they are given a role', async () => {
    const newcomer = await t.newPerson();
    const asked = { search: 'orchard allotment kitchen' };
    expect((await newcomer.client.data<Directory>(DIRECTORY, asked)).networks.totalCount).toBe(0);
    await t.dataSource.query(`INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'network', $2, 'member')`, [
      newcomer.id,
      hiddenId,
    ]);
    const inside = await eventually(
      () => newcomer.client.data<Directory>(DIRECTORY, {}),
      (d) => d.networks.totalCount === 3,
    );
    expect(themeCount(inside, 'allotments')).toBe(1);
    // Outsiders asking the same afterwards get their own answer, not the newcomer's.
    expect(themeCount(await outsider.client.data<Directory>(DIRECTORY, {}), 'allotments')).toBe(0);
    expect(themeCount(await t.client().data<Directory>(DIRECTORY, {}), 'allotments')).toBe(0);
  });
});

describe('the directory statement gives what the page and a count over every match give', () => {
  let t: TestApp;
  let repository: DirectorySearchRepository;
  let member: Viewer;

  beforeAll(async () => {
    t = await createTestApp({ config: { directoryCache: false } });
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await seedScale(client, { networks: 400, tiesPerNetwork: 3, seed: 11 }, 'not-a-password-hash');
    const [{ personId }] = await t.dataSource.query(
      `SELECT r.person_id AS "personId" FROM role_assignments r JOIN networks n ON n.id = r.scope_id WHERE n.visibility <> 'public' LIMIT 1`,
    );
    await client.end();
    member = { personId, sessionId: 'test', isPlatformAdmin: false };
    repository = t.app.get(DirectorySearchRepository);
  });
  afterAll(() => t.close());

  /** The facets by their definition: over every network matching the search, each facet with every filter but its own. */
  function expectedFacets(all: DirectoryRow[], filter: NetworkFilter): FacetRow[] {
    const values = (row: DirectoryRow, key: string): (string | null)[] =>
      ({
        themes: row.themes,
        sectors: row.sectors,
        regions: [row.region],
        scopes: [row.scope],
        lifecycleStages: [row.lifecycleStage],
        kinds: [row.kind],
      })[key] as (string | null)[];
    const passes = (row: DirectoryRow, except?: string) =>
      Object.entries(filter).every(
        ([key, wanted]: [string, string[] | undefined]) =>
          key === except || !wanted?.length || values(row, key).some((v) => v !== null && wanted.includes(v)),
      );
    const rows: FacetRow[] = [{ facet: 'total', value: null, count: all.filter((row) => passes(row)).length }];
    for (const { key } of FACETS) {
      const counts = new Map<string, number>();
      for (const row of all.filter((r) => passes(r, key)))
        for (const value of values(row, key)) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
      for (const [value, count] of counts) rows.push({ facet: key, value, count });
    }
    return rows;
  }
  const sorted = (rows: FacetRow[]) => [...rows].sort((a, b) => `${a.facet}:${a.value}`.localeCompare(`${b.facet}:${b.value}`));

  const cases: [string, DirectoryMatchArgs & { sort: NetworkSort }][] = [
    ['everything by name', { sort: NetworkSort.NAME }],
    ['a search by relevance', { search: 'food', sort: NetworkSort.RELEVANCE }],
    ['a place and a filter, newest first', { search: 'Cardiff', filter: { themes: ['arts', 'young people'] }, sort: NetworkSort.NEWEST }],
    [
      'two facets filtered, by size',
      { filter: { regions: [Region.WALES, Region.SCOTLAND], sectors: [Sector.VOLUNTARY_SECTOR] }, sort: NetworkSort.SIZE },
    ],
    [
      'every facet filtered',
      {
        filter: {
          kinds: [NetworkKind.NETWORK],
          scopes: [NetworkScope.LOCAL, NetworkScope.REGIONAL],
          lifecycleStages: [LifecycleStage.ACTIVE],
          regions: [Region.LONDON, Region.WALES, Region.NORTH_WEST],
        },
        sort: NetworkSort.NAME,
      },
    ],
    ['a misspelt name (the trigram fallback)', { search: 'Cardif', sort: NetworkSort.RELEVANCE }],
  ];

  it.each(cases)('%s, signed out, as a member, as their audience and as a platform admin, every page', async (_label, args) => {
    // Each shape's statement is built once and then run with new values (see PreparedShapes): every offset after the first reuses it.
    const audience: AudienceViewer = { ...member, hiddenSeen: await repository.hiddenSeenBy(member) };
    const admin: Viewer = { ...member, isPlatformAdmin: true };
    for (const viewer of [null, member, audience, admin]) {
      const all = await repository.page({ search: args.search, sort: NetworkSort.NAME }, viewer, 0, 10_000);
      // (The page's rows carry their rank when sorted by relevance; the directory's do not.)
      const matching = (await repository.page(args, viewer, 0, 10_000)).map(({ rank: _, ...row }: DirectoryRow & { rank?: number }) => row);
      expect(matching.length).toBeGreaterThan(0);
      for (const offset of [0, 7, 21, matching.length - 3, matching.length + 5]) {
        const { rows, facets } = await repository.directory(args, viewer, offset, 21);
        expect(rows).toEqual(matching.slice(Math.max(0, offset), Math.max(0, offset) + 21));
        expect(sorted(facets)).toEqual(sorted(expectedFacets(all, args.filter ?? {})));
      }
    }
  });

  it('filters by themes as stored, whatever their case and spaces', async () => {
    const asStored = await repository.directory({ filter: { themes: ['arts', 'young people'] }, sort: NetworkSort.NAME }, member, 0, 50);
    const asTyped = await repository.directory({ filter: { themes: [' Arts', 'YOUNG people '] }, sort: NetworkSort.NAME }, member, 0, 50);
    expect(asStored.rows.length).toBeGreaterThan(0);
    expect(asTyped).toEqual(asStored);
  });

  it('shows a member the members-only networks they hold a role in, and nobody else', async () => {
    const outside = await repository.directory({ sort: NetworkSort.NAME }, null, 0, 1);
    const inside = await repository.directory({ sort: NetworkSort.NAME }, member, 0, 1);
    const total = (facets: FacetRow[]) => facets.find((f) => f.facet === 'total')!.count;
    const [{ hidden }] = await t.dataSource.query(
      `SELECT count(*)::int AS hidden FROM networks n WHERE n.visibility <> 'public'
          AND EXISTS (SELECT 1 FROM role_assignments r WHERE r.scope_id = n.id AND r.person_id = $1 AND r.ended_at IS NULL)`,
      [member.personId],
    );
    expect(hidden).toBeGreaterThan(0);
    expect(total(inside.facets)).toBe(total(outside.facets) + hidden);
  });
});
