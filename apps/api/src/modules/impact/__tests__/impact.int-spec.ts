import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { SUPPRESSED, askMet, feedback, fig, impactWorld, query, shown, tie, type Impact, type ImpactWorld } from './impact.fixture.js';

// The impact view through the GraphQL endpoint on a real database: each figure from its rows,
// consent (only confirmed ties), the five-person threshold, and no individual in any answer.

describe('impact: the figures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const gatheringImpact = async (w: ImpactWorld, client = w.convener.client) =>
    (await client.data<{ gatheringImpact: Impact }>(query('gatheringImpact'), { slug: w.gathering.slug })).gatheringImpact;

  /** Ties c[i]–b[i] for i < n, people who came for different networks and sectors. */
  const crossTies = async (w: ImpactWorld, n: number) => {
    for (let i = 0; i < n; i++) await tie(t, w.gathering, [w.communityPeople[i], [w.community]], [w.businessPeople[i], [w.business]]);
  };

  it('counts confirmed ties, across networks and sectors, for its convener: 5 people shown, 4 suppressed', async () => {
    const w = await impactWorld(t, 3);
    const [c, b] = [w.communityPeople, w.businessPeople];
    await crossTies(w, 2);
    await tie(t, w.gathering, [c[2], [w.community]], [c[0], [w.community]]);
    const impact = await gatheringImpact(w);
    expect(impact).toMatchObject({ subjectKind: 'GATHERING', fullView: true, mayPublish: false, gatheringCount: 1 });
    expect(impact.shown).toHaveLength(6);
    // Three ties among five people: shown. Across networks / sectors: two ties among four people: not shown.
    expect(fig(impact.total, 'NEW_TIES')).toEqual(shown(3));
    expect(fig(impact.total, 'NEW_TIES_ACROSS_NETWORKS')).toEqual(SUPPRESSED);
    expect(fig(impact.total, 'NEW_TIES_ACROSS_SECTORS')).toEqual(SUPPRESSED);
    await tie(t, w.gathering, [c[2], [w.community]], [b[2], [w.business]]);
    const after = await gatheringImpact(w);
    expect(fig(after.total, 'NEW_TIES_ACROSS_NETWORKS')).toEqual(shown(3));
    expect(fig(after.total, 'NEW_TIES_ACROSS_SECTORS')).toEqual(shown(3));
    expect(after.periods.map((p) => p.key)).toEqual([w.gathering.slug]);
    expect(fig(after.periods[0], 'NEW_TIES')).toEqual(shown(4));
  });

  it('never counts a one-sided "we met": two confirmed ties and a proposed one rest on four people', async () => {
    const w = await impactWorld(t, 3);
    await crossTies(w, 2);
    await tie(t, w.gathering, [w.communityPeople[2], [w.community]], [w.businessPeople[2], [w.business]], { proposed: true });
    const impact = await gatheringImpact(w);
    expect(fig(impact.total, 'NEW_TIES')).toEqual(SUPPRESSED);
  });

  it('says "suppressed", never 0, when nothing happened', async () => {
    const w = await impactWorld(t, 1);
    const impact = await gatheringImpact(w);
    expect(impact.total.figures.filter((f) => f.measure !== 'BRIDGING').every((f) => f.suppressed && f.value === null)).toBe(true);
  });

  it('names no person: no id or display name of anyone in the answer', async () => {
    const w = await impactWorld(t, 3);
    await crossTies(w, 3);
    const text = JSON.stringify(await gatheringImpact(w));
    for (const person of [...w.communityPeople, ...w.businessPeople, w.convener, w.facilitator]) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.displayName);
    }
  });

  it('counts a tie between networks made after their people met', async () => {
    const w = await impactWorld(t, 3);
    await crossTies(w, 3);
    expect(fig((await gatheringImpact(w)).total, 'NETWORK_TIES_AFTER_MEETING')).toEqual(SUPPRESSED);
    await t.build.tie(w.business, w.community); // made now, after the ties confirmed on 1 October
    expect(fig((await gatheringImpact(w)).total, 'NETWORK_TIES_AFTER_MEETING')).toEqual(shown(1));
  });

  it('measures bridging before and after the ties made since the first gathering, counting only these networks’ ties', async () => {
    const w = await impactWorld(t, 1);
    // The fixture's ties (both members to the coalition) are made now, after the gathering of 1 October:
    // before them none of the three is between others; after, the coalition joins its two members.
    const impact = (await w.facilitator.client.data<{ coalitionImpact: Impact }>(query('coalitionImpact'), { slug: w.coalition.slug }))
      .coalitionImpact;
    expect(fig(impact.total, 'BETWEENNESS_BEFORE')).toEqual(shown(0));
    expect(fig(impact.total, 'BETWEENNESS_AFTER')?.value).toBeGreaterThan(0);
    expect(fig(impact.total, 'MAP_TIES_ADDED')).toEqual(shown(2));
    expect(impact.periods.every((p) => p.figures.every((f) => f.measure !== 'BRIDGING'))).toBe(true);
  });

  it('answers bridging from the map as it is now: a tie made after one answer shows in the next', async () => {
    const w = await impactWorld(t, 1);
    const coalitionImpact = async () =>
      (await w.facilitator.client.data<{ coalitionImpact: Impact }>(query('coalitionImpact'), { slug: w.coalition.slug })).coalitionImpact;
    expect(fig((await coalitionImpact()).total, 'BETWEENNESS_AFTER')?.value).toBeGreaterThan(0);
    // Tied to each other as well, the two members no longer need the coalition between them: nobody is between anyone.
    await t.build.tie(w.business, w.community);
    const after = await coalitionImpact();
    expect(fig(after.total, 'BETWEENNESS_AFTER')).toEqual(shown(0));
    expect(fig(after.total, 'MAP_TIES_ADDED')).toEqual(shown(3));
  });

  it('measures bridging in the map each viewer may see: a members-only network counts only for its members', async () => {
    const w = await impactWorld(t, 1);
    await t.dataSource.query(`INSERT INTO impact_publications (network_id, measure) VALUES ($1, 'bridging')`, [w.coalition.id]);
    // The two members tied to each other too: in the map everyone sees, nobody is between anyone.
    await t.build.tie(w.business, w.community);
    // A network only its facilitator (the coalition's) may see, tied to the community network alone: in their
    // map the community network is between it and everyone else.
    const hidden = await t.newNetwork(w.facilitator, { visibility: 'MEMBERS_ONLY' });
    await t.build.tie(hidden, w.community);
    const after = async (client: GraphQLClient) =>
      fig(
        (await client.data<{ coalitionImpact: Impact }>(query('coalitionImpact'), { slug: w.coalition.slug })).coalitionImpact.total,
        'BETWEENNESS_AFTER',
      )!.value!;
    const member = await after(w.facilitator.client);
    const outsider = await after(t.client());
    expect(member).toBeGreaterThan(0);
    expect(outsider).toBe(0);
    expect(await after(w.facilitator.client)).toBe(member);
    expect(await after(t.client())).toBe(outsider);
  });

  it('follows the invitation cascade: networks reached, depth and places taken through it', async () => {
    const w = await impactWorld(t, 3);
    const invite = async (networkId: string, issuer: string, parentId: string | null) =>
      (
        (await t.dataSource.query(
          `INSERT INTO gathering_invitations (code, gathering_id, issued_by_id, network_id, parent_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [`code-${Math.random()}`, w.gathering.id, issuer, networkId, parentId],
        )) as { id: string }[]
      )[0].id;
    const root = await invite(w.coalition.id, w.convener.id, null);
    const child = await invite(w.community.id, w.communityPeople[0].id, root);
    const grandchild = await invite(w.business.id, w.businessPeople[0].id, child);
    for (const [person, invitation] of [
      [w.communityPeople[1], child],
      [w.businessPeople[1], grandchild],
      [w.businessPeople[2], grandchild],
    ] as const) {
      await t.dataSource.query(`UPDATE registrations SET invitation_id = $1 WHERE person_id = $2 AND gathering_id = $3`, [
        invitation,
        person.id,
        w.gathering.id,
      ]);
    }
    const impact = await gatheringImpact(w);
    expect(fig(impact.total, 'NETWORKS_REACHED')).toEqual(shown(3));
    expect(fig(impact.total, 'INVITATION_DEPTH')).toEqual(shown(3));
    expect(fig(impact.total, 'PLACES_THROUGH_INVITATIONS')).toEqual(shown(3));
  });

  it('counts asks of one network met by another, posted during the gathering', async () => {
    const w = await impactWorld(t, 3);
    const [c, b] = [w.communityPeople, w.businessPeople];
    await askMet(t, [w.community, c[0]], [w.business, b[0]], { gathering: w.gathering });
    await askMet(t, [w.business, b[1]], [w.community, c[1]], { gathering: w.gathering });
    expect(fig((await gatheringImpact(w)).total, 'ASKS_MET_ACROSS_NETWORKS')).toEqual(SUPPRESSED);
    await askMet(t, [w.community, c[2]], [w.business, b[0]], { gathering: w.gathering });
    expect(fig((await gatheringImpact(w)).total, 'ASKS_MET_ACROSS_NETWORKS')).toEqual(shown(3));
  });

  it('pairs feedback before the first workshop and after the follow-up: change, and response rates', async () => {
    const w = await impactWorld(t, 3);
    const people = [...w.communityPeople, ...w.businessPeople];
    const followUp = await t.build.gathering(w.convener, {
      networkIds: [w.coalition.id],
      startsAt: new Date('2026-11-01T09:00:00Z'),
      status: GatheringStatus.CLOSED,
    });
    await t.dataSource.query(`UPDATE gatherings SET follow_up_of_id = $1 WHERE id = $2`, [w.gathering.id, followUp.id]);
    for (const person of people) await t.build.registration(person, followUp, RegistrationStatus.ATTENDED);
    for (const person of people.slice(0, 5)) {
      await feedback(t, w.gathering, person, 'before', 2);
      await feedback(t, followUp, person, 'after', 4);
    }
    const impact = await gatheringImpact(w);
    expect(impact.periods.map((p) => p.key)).toEqual([w.gathering.slug, followUp.slug]);
    const [first, second] = impact.periods;
    expect(fig(first, 'FEEDBACK_RESPONSES')).toEqual(SUPPRESSED);
    expect(fig(second, 'FEEDBACK_RESPONSES')).toEqual(shown(5));
    expect(fig(second, 'FEEDBACK_RESPONSE_RATE')).toEqual(shown(0.83));
    expect(fig(second, 'SCALE_AFTER', 'TRUST')).toEqual(shown(4));
    expect(fig(second, 'SCALE_BEFORE', 'TRUST')).toEqual(shown(2));
    expect(fig(impact.total, 'SCALE_CHANGE', 'NETWORKING')).toEqual(shown(2));
  });
});
