import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo: who met whom', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
  }, 180_000);
  afterAll(() => t.close());

  it('Priya has met someone, has a proposal waiting for her (in her inbox) and one waiting for the other', async () => {
    const priya = t.client();
    await priya.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'priya@demo.weave.test', password: DEMO_PASSWORD },
    });
    const { peopleMet, connectionProposals } = await priya.data<{
      peopleMet: {
        totalCount: number;
        edges: { node: { closeness: string; gathering: { title: string }; sharedGatherings: unknown[] } }[];
      };
      connectionProposals: { awaitsYou: boolean }[];
    }>(
      'query { peopleMet { totalCount edges { node { closeness gathering { title } sharedGatherings { title } } } } connectionProposals { awaitsYou } }',
    );
    expect(peopleMet.totalCount).toBe(1);
    expect(peopleMet.edges[0].node).toMatchObject({ closeness: 'WORKING_TOGETHER', gathering: { title: 'Cynon Valley Open Space' } });
    expect(connectionProposals.map((p) => p.awaitsYou)).toEqual([true, false]);
    const [told] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN people p ON p.id = n.recipient_id
        WHERE p.email = 'priya@demo.weave.test' AND n.kind = 'connection_proposed'`,
    );
    expect(told.n).toBe(1);
  });
});
