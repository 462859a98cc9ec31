import { createTestApp, type NetworkFixture, type TestApp, type TestPerson } from '../../../../test/test-app.js';

// Issue 14 §1: search covers places and themes; facets combine (OR within, AND across) and each
// facet counts with the other facets' filters applied but not its own.
const DIRECTORY = `query($search: String, $filter: NetworkFilter, $sort: NetworkSort) {
  networks(search: $search, filter: $filter, sort: $sort, first: 20) {
    totalCount
    edges { node { name area { region placeName } } }
    facets { themes { value count } sectors { value count } regions { value count } kinds { value count } lifecycleStages { value count } scopes { value count } }
  }
}`;

type Directory = {
  networks: {
    totalCount: number;
    edges: { node: { name: string; area: { region: string | null; placeName: string | null } } }[];
    facets: Record<string, { value: string; count: number }[]>;
  };
};

describe('directory search over places and themes, with facets that combine', () => {
  let t: TestApp;
  let faith: TestPerson;
  const ask = (variables: Record<string, unknown>) => t.client().data<Directory>(DIRECTORY, variables);
  const names = (d: Directory) => d.networks.edges.map((e) => e.node.name).sort();
  const counts = (d: Directory, facet: string) => Object.fromEntries(d.networks.facets[facet].map((f) => [f.value, f.count]));

  beforeAll(async () => {
    t = await createTestApp();
    faith = await t.newPerson();
    const add = (input: NetworkFixture) => t.newNetwork(faith, input);
    await add({
      name: 'Valleys Together',
      kind: 'COALITION',
      purpose: 'Neighbours helping neighbours',
      area: { region: 'WALES', placeName: 'Aberdare' },
    });
    await add({ name: 'Cardiff Circle', purpose: 'Tenants meeting monthly', area: { region: 'WALES', placeName: 'Cardiff' } });
    await add({ name: 'Môn Makers', purpose: 'Craft and repair', themes: ['repair'], area: { region: 'WALES', placeName: 'Ynys Môn' } });
    await add({
      name: 'Steel City Growers',
      purpose: 'Allotments and community gardens',
      themes: ['food'],
      area: { region: 'YORKSHIRE_AND_THE_HUMBER', placeName: 'Sheffield' },
    });
    await add({
      name: 'Sheffield Tenants Forum',
      purpose: 'Decent homes',
      area: { region: 'YORKSHIRE_AND_THE_HUMBER', placeName: 'Sheffield' },
    });
    await add({
      name: 'Southside Neighbours',
      kind: 'COALITION',
      purpose: 'Local democracy',
      area: { region: 'SCOTLAND', placeName: 'Glasgow' },
    });
    await add({
      name: 'Highland Hubs',
      purpose: 'Village halls together',
      themes: ['food'],
      area: { region: 'SCOTLAND', placeName: 'Inverness' },
    });
    await add({ name: 'Kitchen Table', purpose: 'Cooking together', themes: ['food'], area: { region: 'LONDON' } });
    await add({ name: 'Hidden Welsh Circle', purpose: 'Private', visibility: 'MEMBERS_ONLY', area: { region: 'WALES' } });
  });
  afterAll(() => t.close());

  it('finds networks by their region, in English or Welsh', async () => {
    const expected = ['Cardiff Circle', 'Môn Makers', 'Valleys Together'];
    expect(names(await ask({ search: 'Wales' }))).toEqual(expected);
    expect(names(await ask({ search: 'cymru' }))).toEqual(expected);
    expect(names(await ask({ search: 'Yorkshire' }))).toEqual(['Sheffield Tenants Forum', 'Steel City Growers']);
  });

  it('finds networks by their place, accents ignored, and ranks a name above a place', async () => {
    const sheffield = await ask({ search: 'Sheffield', sort: 'RELEVANCE' });
    expect(sheffield.networks.edges.map((e) => e.node.name)).toEqual(['Sheffield Tenants Forum', 'Steel City Growers']);
    expect(names(await ask({ search: 'Glasgow' }))).toEqual(['Southside Neighbours']);
    expect(names(await ask({ search: 'ynys mon' }))).toEqual(['Môn Makers']);
  });

  it('finds networks by their themes, as the theme filter does', async () => {
    const searched = names(await ask({ search: 'food' }));
    expect(searched).toEqual(['Highland Hubs', 'Kitchen Table', 'Steel City Growers']);
    expect(names(await ask({ filter: { themes: ['food'] } }))).toEqual(searched);
    expect(names(await ask({ search: 'repairs' }))).toEqual(['Môn Makers']); // stemmed
  });

  it('still forgives a misspelt name', async () => {
    expect(names(await ask({ search: 'Valeys Togther' }))).toEqual(['Valleys Together']);
  });

  it('ORs within a facet and keeps the other values of a ticked facet counted', async () => {
    const wales = await ask({ filter: { regions: ['WALES'] } });
    expect(wales.networks.totalCount).toBe(3);
    expect(counts(wales, 'regions')).toEqual({ WALES: 3, YORKSHIRE_AND_THE_HUMBER: 2, SCOTLAND: 2, LONDON: 1 });
    const both = await ask({ filter: { regions: ['WALES', 'SCOTLAND'] } });
    expect(names(both)).toEqual(['Cardiff Circle', 'Highland Hubs', 'Môn Makers', 'Southside Neighbours', 'Valleys Together']);
    expect(counts(both, 'regions')).toEqual({ WALES: 3, YORKSHIRE_AND_THE_HUMBER: 2, SCOTLAND: 2, LONDON: 1 });
    // Other facets count over the ticked regions.
    expect(counts(both, 'kinds')).toEqual({ COALITION: 2, NETWORK: 3 });
    expect(counts(both, 'themes')).toEqual({ food: 1, repair: 1 });
  });

  it('ANDs across facets, each facet counted with the others applied but not its own', async () => {
    const d = await ask({ filter: { regions: ['WALES', 'SCOTLAND'], kinds: ['COALITION'] } });
    expect(names(d)).toEqual(['Southside Neighbours', 'Valleys Together']);
    expect(d.networks.totalCount).toBe(2);
    expect(counts(d, 'regions')).toEqual({ WALES: 1, SCOTLAND: 1 }); // coalitions by region
    expect(counts(d, 'kinds')).toEqual({ COALITION: 2, NETWORK: 3 }); // Wales or Scotland by kind
    expect(counts(d, 'themes')).toEqual({}); // both filters apply
    const searched = await ask({ search: 'food', filter: { regions: ['SCOTLAND'] } });
    expect(names(searched)).toEqual(['Highland Hubs']);
    expect(counts(searched, 'regions')).toEqual({ SCOTLAND: 1, YORKSHIRE_AND_THE_HUMBER: 1, LONDON: 1 });
  });

  it('counts members-only networks only for their members', async () => {
    expect(counts(await ask({}), 'regions').WALES).toBe(3);
    const member = await faith.client.data<Directory>(DIRECTORY, { filter: { regions: ['LONDON'] } });
    expect(counts(member, 'regions').WALES).toBe(4);
  });

  it('refuses a region that is not on the list', async () => {
    expect((await t.client().error(DIRECTORY, { filter: { regions: ['Heronshire'] } })).code).toBe('BAD_USER_INPUT');
  });
});
