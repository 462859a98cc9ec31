import { QueryCounter } from '../../../database/query-counter.js';
import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { query, tie, type Impact, type ImpactField } from './impact.fixture.js';

// The impact view takes the same statements for 2 gatherings and networks as for 10: every figure is
// one statement for all periods at once (GROUPING SETS), whatever the size of the series or coalition.

describe('impact: statements do not grow with the gatherings and networks shown', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
  });
  afterAll(() => t.close());

  /** A coalition of `n` networks, and a series of `n` follow-ups it convened, each with people who met and a tie between networks. */
  async function worldOf(n: number) {
    const facilitator = await t.newPerson();
    const coalition = await t.newNetwork(facilitator, { kind: 'COALITION' });
    let previous: string | null = null;
    let first = '';
    for (let i = 0; i < n; i++) {
      const network = await t.newNetwork(facilitator, { sectors: [i % 2 ? 'BUSINESS' : 'COMMUNITY_GROUP'] });
      await t.build.tie(network, coalition);
      const startsAt = new Date(Date.UTC(2026, i, 1, 9));
      const g = await t.build.gathering(facilitator, { networkIds: [coalition.id], startsAt, status: GatheringStatus.CLOSED });
      if (previous) await t.dataSource.query(`UPDATE gatherings SET follow_up_of_id = $1 WHERE id = $2`, [previous, g.id]);
      else first = g.slug;
      previous = g.id;
      const people: TestPerson[] = [];
      for (let j = 0; j < 2; j++) {
        const person = await t.newPerson();
        const { id } = await t.build.registration(person, g, RegistrationStatus.ATTENDED);
        await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE id = $2`, [[network.id], id]);
        people.push(person);
      }
      await tie(t, g, [people[0], [network]], [people[1], [coalition]], { confirmedAt: startsAt });
    }
    return { facilitator, coalition, first };
  }

  const statements = async (person: TestPerson, field: ImpactField, slug: string) => {
    await person.client.data(query(field), { slug }); // warm: the first request of a session reads it once
    const { result, statements } = await counter.around(() => person.client.data<Record<string, Impact>>(query(field), { slug }));
    return { impact: result[field], statements };
  };

  it('counts a coalition of 2 and of 10 networks in the same statements', async () => {
    const [small, large] = [await worldOf(2), await worldOf(10)];
    const few = await statements(small.facilitator, 'coalitionImpact', small.coalition.slug);
    const many = await statements(large.facilitator, 'coalitionImpact', large.coalition.slug);
    expect(many.impact.networkCount).toBe(11);
    expect(many.impact.gatheringCount).toBe(10);
    expect(many.impact.periods.length).toBeGreaterThan(few.impact.periods.length);
    expect(few.statements).toBeGreaterThan(5); // the counter sees the statements (a test that cannot fail is a defect)
    expect(many.statements).toBe(few.statements);
  });

  it('counts a series of 2 and of 10 gatherings in the same statements', async () => {
    const [small, large] = [await worldOf(2), await worldOf(10)];
    const few = await statements(small.facilitator, 'gatheringImpact', small.first);
    const many = await statements(large.facilitator, 'gatheringImpact', large.first);
    expect(many.impact.periods).toHaveLength(10);
    expect(few.impact.periods).toHaveLength(2);
    expect(few.statements).toBeGreaterThan(5); // the counter sees the statements (a test that cannot fail is a defect)
    expect(many.statements).toBe(few.statements);
  });
});
