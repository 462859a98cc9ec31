import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { impactWorld, tie, type ImpactWorld } from './impact.fixture.js';

// The CSV a facilitator hands to a funder: the same answer and access rules as the GraphQL queries,
// in words, with "fewer than 5" where a figure is suppressed — never 0.

describe('impact: the CSV export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const world = async () => {
    const w = await impactWorld(t, 3);
    for (let i = 0; i < 3; i++) await tie(t, w.gathering, [w.communityPeople[i], [w.community]], [w.businessPeople[i], [w.business]]);
    return w;
  };
  const download = (path: string, cookie?: string) => fetch(`${t.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const rows = async (response: Response) =>
    parse((await response.text()).replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];

  it('gives a coalition’s facilitator every figure, in words, suppressed ones as "fewer than 5"', async () => {
    const w: ImpactWorld = await world();
    const response = await download(`/api/impact/coalitions/${w.coalition.slug}.csv`, w.facilitator.client.cookieHeader);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(`impact-${w.coalition.slug}-`);
    const lines = await rows(response);
    expect(lines).toContainEqual({
      Period: 'Total',
      Starts: '2026-10-01',
      Measure: 'New ties between people',
      Figure: 'Confirmed ties across sectors',
      Scale: '',
      Value: '3',
    });
    expect(lines).toContainEqual(
      expect.objectContaining({
        Period: '2026-Q4',
        Figure: 'Mean change (after minus before)',
        Scale: 'Trust to discuss hard issues',
        Value: 'fewer than 5',
      }),
    );
    expect(lines.some((l) => l.Value === '0' && l.Measure !== 'Bridging in the map')).toBe(false);
  });

  it('writes headers and words in Welsh for lang=cy, and refuses a language it does not have', async () => {
    const w = await world();
    const cookie = w.facilitator.client.cookieHeader;
    const lines = await rows(await download(`/api/impact/coalitions/${w.coalition.slug}.csv?lang=cy`, cookie));
    expect(lines).toContainEqual({
      Cyfnod: 'Cyfanswm',
      'Yn dechrau': '2026-10-01',
      Mesur: 'Cysylltiadau newydd rhwng pobl',
      Ffigur: 'Cysylltiadau newydd ar draws sectorau',
      Graddfa: '',
      Gwerth: '3',
    });
    expect(lines).toContainEqual(expect.objectContaining({ Cyfnod: '2026-Q4', Graddfa: 'Ymddiriedaeth', Gwerth: 'llai na 5' }));
    // The same figures as in English, row for row.
    const english = await rows(await download(`/api/impact/coalitions/${w.coalition.slug}.csv?lang=en`, cookie));
    expect(lines.map((l) => l.Gwerth)).toEqual(english.map((l) => (l.Value === 'fewer than 5' ? 'llai na 5' : l.Value)));
    const french = await download(`/api/impact/coalitions/${w.coalition.slug}.csv?lang=fr`, cookie);
    expect(french.status).toBe(400);
    expect(await french.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { lang: 'Use en or cy.' } } }] });
  });

  it('gives everyone else only what was published, and the gathering’s own CSV to its convener', async () => {
    const w = await world();
    const outsider = await rows(await download(`/api/impact/coalitions/${w.coalition.slug}.csv`));
    expect(outsider).toEqual([]);
    await w.facilitator.client.data(`mutation($input: SetImpactPublicationsInput!) { setImpactPublications(input: $input) { measures } }`, {
      input: { networkId: w.coalition.id, measures: ['NEW_TIES'] },
    });
    const published = await rows(await download(`/api/impact/coalitions/${w.coalition.slug}.csv`));
    expect(new Set(published.map((l) => l.Measure))).toEqual(new Set(['New ties between people']));
    const gathering = await rows(await download(`/api/impact/gatherings/${w.gathering.slug}.csv`, w.convener.client.cookieHeader));
    expect(gathering.map((l) => l.Period)).toContain(w.gathering.title);
  });

  it('answers NOT_FOUND for a members-only network, an unknown slug or kind, and BAD_USER_INPUT for a bad range', async () => {
    const w = await world();
    const hidden = await t.newNetwork(w.facilitator, { visibility: 'MEMBERS_ONLY' });
    const stranger = await t.newPerson();
    for (const path of [
      `/api/impact/networks/${hidden.slug}.csv`,
      `/api/impact/networks/no-such-network.csv`,
      `/api/impact/people/${w.coalition.slug}.csv`,
      `/api/impact/networks/${w.coalition.slug}.json`,
    ]) {
      const response = await download(path, stranger.client.cookieHeader);
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain(hidden.name);
    }
    expect((await download(`/api/impact/networks/${hidden.slug}.csv`, w.facilitator.client.cookieHeader)).status).toBe(200);
    const backwards = await download(`/api/impact/coalitions/${w.coalition.slug}.csv?from=2026-12-01&until=2026-01-01`);
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'ImpactRangeBackwards' } }] });
    const notADate = await download(`/api/impact/coalitions/${w.coalition.slug}.csv?from=soon`);
    expect(notADate.status).toBe(400);
    expect(await notADate.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: { from: expect.any(String) } } }],
    });
    expect((await download(`/api/impact/networks/${w.coalition.slug}.csv`)).status).toBe(200);
    expect((await download(`/api/impact/coalitions/${w.community.slug}.csv`)).status).toBe(400);
  });
});
