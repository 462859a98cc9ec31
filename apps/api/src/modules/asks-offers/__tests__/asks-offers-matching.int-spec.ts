import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { CLOSE, MATCHES, notices, post, valley, type Valley } from './asks-offers-fixture.js';

interface Match {
  score: number;
  isGood: boolean;
  sameNetwork: boolean;
  match: { id: string; title: string };
}

describe('asks and offers: matching across networks', () => {
  let t: TestApp;
  let v: Valley;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    v = await valley(t);
  });

  const matchesOf = async (id: string, who = v.foodBankFacilitator) =>
    (await who.client.data<{ askOfferMatches: Match[] }>(MATCHES, { id, first: 10 })).askOfferMatches;

  it('ranks the relevant offer first, above a decoy sharing only a common word; never an expired, closed or own one', async () => {
    const peanut = `Peanut butter ${Date.now()}`; // this test's own words, so earlier tests' posts do not compete
    const ask = await post(v.foodBankFacilitator, {
      side: 'ASK',
      title: `${peanut} for the food bank`,
      description: 'We are running low on peanut butter and spreads for the food parcels this winter.',
      themes: ['Food', 'poverty'],
      area: 'Aberdare',
      networkId: v.foodBank.id,
    });
    const relevant = await post(v.churchFacilitator, {
      title: `Jars of ${peanut} from our harvest collection`,
      description: 'Our harvest festival collected forty jars of peanut butter and tinned goods to give away.',
      themes: ['food'],
      area: 'Aberdare',
      networkId: v.church.id,
    });
    const decoy = await post(v.trainer, {
      kind: 'SKILLS',
      title: 'Food hygiene training for volunteers',
      description: 'A certified trainer offers food hygiene courses for volunteers at community cafés.',
      themes: ['training', 'health'],
      area: 'Cardiff',
    });
    const expired = await post(v.churchFacilitator, { title: `${peanut} and jam surplus`, themes: ['food'], networkId: v.church.id });
    await t.dataSource.query(`UPDATE asks_offers SET ends_on = current_date - 1 WHERE id = $1`, [expired.id]);
    const withdrawn = await post(v.trainer, { title: `Spare ${peanut} jars`, themes: ['food'] });
    await v.trainer.client.data(CLOSE, { input: { id: withdrawn.id, outcome: 'WITHDRAWN' } });
    const own = await post(v.foodBankFacilitator, { title: `${peanut} I have at home`, themes: ['food'] });
    const colleague = await t.newPerson({ displayName: 'Cai Convener' });
    await t.dataSource.query(
      `INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'network', $2, 'convener')`,
      [colleague.id, v.foodBank.id],
    );
    const sameNetwork = await post(colleague, {
      title: `${peanut} in our store room`,
      description: 'Peanut butter left from the summer.',
      themes: ['food'],
      networkId: v.foodBank.id,
    });

    const matches = await matchesOf(ask.id);
    const ids = matches.map((m) => m.match.id);
    expect(ids[0]).toBe(relevant.id);
    expect(matches[0]).toMatchObject({ isGood: true, sameNetwork: false });
    expect(ids).not.toContain(expired.id);
    expect(ids).not.toContain(withdrawn.id);
    expect(ids).not.toContain(own.id);
    const decoyAt = ids.indexOf(decoy.id);
    if (decoyAt >= 0) expect(matches[decoyAt]).toMatchObject({ isGood: false });
    // Same network: shown, ranked lower than the same words from another network, never a good match.
    const same = matches.find((m) => m.match.id === sameNetwork.id);
    expect(same).toMatchObject({ sameNetwork: true, isGood: false });
    expect(same!.score).toBeLessThan(matches[0].score);

    // The reverse: the offer's best ask is the food bank's.
    const reverse = await matchesOf(relevant.id, v.churchFacilitator);
    expect(reverse[0].match.id).toBe(ask.id);
  });

  it('tells both sides of a good match once per pair, from a job; never of a decoy or an expired offer', async () => {
    const words = `Minibus ${Date.now()}`;
    const offer = await post(v.transportFacilitator, {
      kind: 'EQUIPMENT',
      title: `Community ${words} free on Tuesdays`,
      description: 'Our sixteen-seat accessible minibus, with a volunteer driver, is free every Tuesday.',
      themes: ['transport', 'older people'],
      area: 'Cynon Valley',
      networkId: v.transport.id,
    });
    const decoy = await post(v.trainer, { kind: 'TIME', title: 'Tuesdays free for volunteering', themes: ['volunteering'] });
    const ask = await post(v.churchFacilitator, {
      side: 'ASK',
      kind: 'EQUIPMENT',
      title: `A ${words} on Tuesdays`,
      description: 'To take older people from the chapel to the lunch club in Penrhiwceiber every Tuesday.',
      themes: ['transport', 'older people'],
      area: 'Cynon Valley',
      networkId: v.church.id,
    });
    // Posting does not match: nothing is told until the job runs.
    expect(await notices(t, 'match_found', ask.id)).toEqual([]);
    await t.drainJobs();
    expect(await notices(t, 'match_found', ask.id)).toEqual([v.churchFacilitator.id]);
    expect(await notices(t, 'match_found', offer.id)).toEqual([v.transportFacilitator.id]);
    expect(await notices(t, 'match_found', decoy.id)).toEqual([]);
    const [data] = await t.dataSource.query(`SELECT data FROM notifications WHERE kind = 'match_found' AND subject_id = $1`, [ask.id]);
    expect(data.data).toMatchObject({ title: `A ${words} on Tuesdays`, path: `/asks-offers/${ask.id}` });

    // Matching again (an edit) tells no one twice.
    await t.app.get((await import('../asks-offers-matching.service.js')).AsksOffersMatchingService).tellMatches(ask.id);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE kind = 'match_found' AND event_key = $1`,
      [`match:${ask.id}:${offer.id}`],
    );
    expect(count).toBe(2);

    // An expired offer is never told of.
    const late = await post(v.transportFacilitator, { kind: 'EQUIPMENT', title: `Old ${words} on Tuesdays`, themes: ['transport'] });
    await t.dataSource.query(`UPDATE asks_offers SET ends_on = current_date - 1 WHERE id = $1`, [late.id]);
    const second = await post(v.foodBankFacilitator, { side: 'ASK', title: `${words} for Tuesdays`, themes: ['transport'] });
    await t.drainJobs();
    expect(await notices(t, 'match_found', late.id)).toEqual([]);
    expect((await matchesOf(second.id)).map((m) => m.match.id)).not.toContain(late.id);
  });
});
