import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';

const SAY = `mutation($input: SayWeMetInput!) { sayWeMet(input: $input) { id status } }`;

describe('relationships: two people saying "we met" about each other at the same moment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('makes exactly one confirmed connection per pair, each told once', async () => {
    const convener = await t.newPerson();
    const g = await t.build.gathering(convener, { startsAt: new Date('2026-10-01T09:00:00Z'), status: GatheringStatus.CLOSED });
    const pairs = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const [a, b] = [await t.newPerson(), await t.newPerson()];
        await t.build.registration(a, g, RegistrationStatus.ATTENDED);
        await t.build.registration(b, g, RegistrationStatus.ATTENDED);
        return [a, b] as const;
      }),
    );
    const answers = await Promise.all(
      pairs.flatMap(([a, b]) => [
        a.client.data<{ sayWeMet: { id: string; status: string } }>(SAY, { input: { gatheringId: g.id, personId: b.id } }),
        b.client.data<{ sayWeMet: { id: string; status: string } }>(SAY, { input: { gatheringId: g.id, personId: a.id } }),
      ]),
    );
    for (const [i, [a]] of pairs.entries()) {
      const [first, second] = [answers[2 * i].sayWeMet, answers[2 * i + 1].sayWeMet];
      expect(first.id).toBe(second.id);
      // One of the two answers is the proposal, the other the confirmation.
      expect([first.status, second.status].sort()).toEqual(['CONFIRMED', 'PROPOSED']);
      const rows = await t.dataSource.query(`SELECT status FROM connections WHERE $1 IN (first_person_id, second_person_id)`, [a.id]);
      expect(rows).toEqual([{ status: 'confirmed' }]);
    }
    const told = await t.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM notifications WHERE subject_type = 'connection' GROUP BY kind ORDER BY kind`,
    );
    expect(told).toEqual([
      { kind: 'connection_confirmed', n: 8 },
      { kind: 'connection_proposed', n: 8 },
    ]);
  });
});
