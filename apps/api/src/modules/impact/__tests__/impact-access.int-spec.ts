import { GatheringStatus } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { SUPPRESSED, fig, impactWorld, query, shown, tie, type Impact, type ImpactWorld } from './impact.fixture.js';

// Who sees what: facilitators (and a gathering's conveners) every measure; everyone else only what the
// network published, still with the five-person rule; members-only networks and drafts are NOT_FOUND.

const PUBLISH = `mutation($input: SetImpactPublicationsInput!) { setImpactPublications(input: $input) { networkId measures } }`;

describe('impact: who sees what', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A world whose coalition has six people in three confirmed ties across its two member networks. */
  const world = async () => {
    const w = await impactWorld(t, 3);
    for (let i = 0; i < 3; i++) await tie(t, w.gathering, [w.communityPeople[i], [w.community]], [w.businessPeople[i], [w.business]]);
    return w;
  };
  const coalitionImpact = async (w: ImpactWorld, client = t.client()) =>
    (await client.data<{ coalitionImpact: Impact }>(query('coalitionImpact'), { slug: w.coalition.slug })).coalitionImpact;

  it('shows a coalition in full to its facilitator, with its member networks counted', async () => {
    const w = await world();
    const impact = await coalitionImpact(w, w.facilitator.client);
    expect(impact).toMatchObject({ subjectKind: 'COALITION', fullView: true, mayPublish: true, networkCount: 3, gatheringCount: 1 });
    expect(fig(impact.total, 'NEW_TIES')).toEqual(shown(3));
    expect(impact.periods.map((p) => p.key)).toEqual(['2026-Q4']);
    expect(impact.bridgingNetworks).toBe(3);
  });

  it('shows signed-out callers and other people only what the coalition published, suppression still applying', async () => {
    const w = await world();
    const stranger = await t.newPerson();
    for (const client of [t.client(), stranger.client, w.communityPeople[0].client]) {
      const impact = await coalitionImpact(w, client);
      expect(impact).toMatchObject({ fullView: false, mayPublish: false, published: [], shown: [] });
      expect(impact.total.figures).toEqual([]);
    }
    const { setImpactPublications } = await w.facilitator.client.data<{ setImpactPublications: { measures: string[] } }>(PUBLISH, {
      input: { networkId: w.coalition.id, measures: ['FEEDBACK', 'NEW_TIES', 'NEW_TIES'] },
    });
    expect(setImpactPublications.measures).toEqual(['NEW_TIES', 'FEEDBACK']);
    const impact = await coalitionImpact(w);
    expect(impact.shown).toEqual(['NEW_TIES', 'FEEDBACK']);
    expect(fig(impact.total, 'NEW_TIES')).toEqual(shown(3));
    expect(fig(impact.total, 'FEEDBACK_RESPONSES')).toEqual(SUPPRESSED);
    expect(fig(impact.total, 'ASKS_MET_ACROSS_NETWORKS')).toBeUndefined();
    expect(impact.total.figures.some((f) => f.measure === 'BRIDGING')).toBe(false);
    // A member network has not published: its own answer shows nothing to outsiders.
    const member = await t.client().data<{ networkImpact: Impact }>(query('networkImpact'), { slug: w.community.slug });
    expect(member.networkImpact.total.figures).toEqual([]);
  });

  it('shows a gathering to outsiders with the measures all its convening networks publish', async () => {
    const w = await world();
    const gathering = () => t.client().data<{ gatheringImpact: Impact }>(query('gatheringImpact'), { slug: w.gathering.slug });
    expect((await gathering()).gatheringImpact.shown).toEqual([]);
    await w.facilitator.client.data(PUBLISH, { input: { networkId: w.coalition.id, measures: ['NEW_TIES'] } });
    expect((await gathering()).gatheringImpact.shown).toEqual(['NEW_TIES']);
    expect(fig((await gathering()).gatheringImpact.total, 'NEW_TIES')).toEqual(shown(3));
  });

  it('lets only a facilitator choose what a network publishes', async () => {
    const w = await world();
    const input = { networkId: w.coalition.id, measures: ['NEW_TIES'] };
    expect(await t.client().error(PUBLISH, { input })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await w.convener.client.error(PUBLISH, { input })).toMatchObject({
      code: 'FORBIDDEN',
      extensions: { reason: 'NotImpactPublisher' },
    });
    expect(await w.facilitator.client.error(PUBLISH, { input: { ...input, networkId: w.gathering.id } })).toMatchObject({
      code: 'NOT_FOUND',
      extensions: { reason: 'ImpactNetworkNotFound' },
    });
    expect(await w.facilitator.client.error(PUBLISH, { input: { ...input, networkId: 'not-an-id' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await w.facilitator.client.error(PUBLISH, { input: { ...input, measures: ['EVERYTHING'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM impact_publications WHERE network_id = $1`, [
      w.coalition.id,
    ])) as { count: number }[];
    expect(count).toBe(0);
  });

  it('answers NOT_FOUND for a members-only network to anyone outside it, and in full to its facilitator', async () => {
    const facilitator = await t.newPerson();
    const hidden = await t.newNetwork(facilitator, { kind: 'COALITION', visibility: 'MEMBERS_ONLY' });
    const stranger = await t.newPerson();
    for (const [field, client] of [
      ['networkImpact', t.client()],
      ['coalitionImpact', stranger.client],
    ] as const) {
      expect(await client.error(query(field), { slug: hidden.slug })).toMatchObject({
        code: 'NOT_FOUND',
        extensions: { reason: 'ImpactNetworkNotFound' },
      });
    }
    expect(await stranger.client.error(PUBLISH, { input: { networkId: hidden.id, measures: [] } })).toMatchObject({
      code: 'NOT_FOUND',
      extensions: { reason: 'ImpactNetworkNotFound' },
    });
    const { coalitionImpact } = await facilitator.client.data<{ coalitionImpact: Impact }>(query('coalitionImpact'), { slug: hidden.slug });
    expect(coalitionImpact.fullView).toBe(true);
  });

  it('hides a draft gathering from everyone but those preparing it', async () => {
    const w = await world();
    const draft = await t.build.gathering(w.convener, { networkIds: [w.coalition.id], status: GatheringStatus.DRAFT });
    expect(await t.client().error(query('gatheringImpact'), { slug: draft.slug })).toMatchObject({
      code: 'NOT_FOUND',
      extensions: { reason: 'ImpactGatheringNotFound' },
    });
    const { gatheringImpact } = await w.facilitator.client.data<{ gatheringImpact: Impact }>(query('gatheringImpact'), {
      slug: draft.slug,
    });
    expect(gatheringImpact.fullView).toBe(true);
  });

  it('refuses garbage: unknown and overlong slugs, a backwards range, a network asked as a coalition', async () => {
    const w = await world();
    expect(await t.client().error(query('gatheringImpact'), { slug: 'no-such-gathering' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.client().error(query('networkImpact'), { slug: "'; DROP TABLE networks; --" })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.client().error(query('networkImpact'), { slug: 'x'.repeat(201) })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await w.facilitator.client.error(query('coalitionImpact'), {
        slug: w.coalition.slug,
        from: '2026-12-01T00:00:00Z',
        until: '2026-01-01T00:00:00Z',
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'ImpactRangeBackwards' } });
    expect(await t.client().error(query('coalitionImpact'), { slug: w.community.slug })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'NotACoalition' },
    });
    expect(await t.client().error(query('networkImpact'), { slug: w.coalition.slug, from: 'yesterday' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('counts a network by quarter and within the range asked for', async () => {
    const w = await world();
    const ask = (from: string | null, until: string | null) =>
      w.facilitator.client.data<{ networkImpact: Impact }>(query('networkImpact'), { slug: w.community.slug, from, until });
    const all = (await ask(null, null)).networkImpact;
    expect(all).toMatchObject({ subjectKind: 'NETWORK', networkCount: 1, gatheringCount: 0 });
    expect(fig(all.total, 'NEW_TIES')).toEqual(shown(3));
    expect(all.periods.map((p) => p.key)).toEqual(['2026-Q4']);
    const later = (await ask('2027-01-01T00:00:00Z', null)).networkImpact;
    expect(fig(later.total, 'NEW_TIES')).toEqual(SUPPRESSED);
  });

  it('keeps one choice when a facilitator’s choices cross: each answer succeeds and the last stored set is one of them', async () => {
    const w = await impactWorld(t, 1);
    const sets = [['NEW_TIES', 'FEEDBACK'], ['NEW_TIES', 'ASKS_MET'], ['NEW_TIES']];
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        w.facilitator.client.request(PUBLISH, { input: { networkId: w.coalition.id, measures: sets[i % 3] } }),
      ),
    );
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(12).fill('ok'));
    const { published } = await coalitionImpact(w, w.facilitator.client);
    expect(sets).toContainEqual(published);
  });
});
