import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { LIST, MATCHES, post, RECIPROCITY } from './asks-offers-fixture.js';

// A page of asks and offers, a post's matches and a network's reciprocity take the same number of
// statements whatever their size: names, networks and gatherings come in the page's own statement.

describe('asks and offers: statements per page', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let person: TestPerson;
  let askId: string;
  let networkId: string;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    person = await t.newPerson();
    const others = await Promise.all(Array.from({ length: 3 }, () => t.newPerson()));
    networkId = (await t.newNetwork(person, { name: 'Counted Network' })).id;
    const gathering = await t.build.gathering(person);
    askId = (await post(person, { side: 'ASK', title: 'Counted chairs for the hall', themes: ['counted'], networkId })).id;
    for (let i = 0; i < 30; i++) {
      const by = others[i % 3];
      await post(by, { title: `Counted chairs ${i}`, themes: ['counted'], gatheringId: i % 2 ? null : undefined });
    }
    for (let i = 0; i < 5; i++) await post(person, { side: 'ASK', title: `Counted tables ${i}`, networkId, gatheringId: gathering.id });
  }, 120_000);
  afterAll(() => t.close());

  it('a page of 2 and a page of 30 take the same statements', async () => {
    const small = await counter.around(() => person.client.data(LIST, { filter: { theme: 'counted' }, first: 2 }));
    const large = await counter.around(() =>
      person.client.data<{ asksOffers: { edges: unknown[] } }>(LIST, { filter: { theme: 'counted' }, first: 30 }),
    );
    expect((large.result as { asksOffers: { edges: unknown[] } }).asksOffers.edges).toHaveLength(30);
    expect(large.statements).toBe(small.statements);
  });

  it('2 matches and 20 matches take the same statements', async () => {
    const small = await counter.around(() => person.client.data(MATCHES, { id: askId, first: 2 }));
    const large = await counter.around(() => person.client.data<{ askOfferMatches: unknown[] }>(MATCHES, { id: askId, first: 20 }));
    expect((large.result as { askOfferMatches: unknown[] }).askOfferMatches).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
  });

  it('reciprocity takes the same statements however many networks it names', async () => {
    const few = await counter.around(() => person.client.data(RECIPROCITY, { id: networkId }));
    expect(few.statements).toBeLessThanOrEqual(3);
  });
});
