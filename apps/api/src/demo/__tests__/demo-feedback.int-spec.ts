import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo: feedback', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
    await t.drainJobs();
  }, 180_000);
  afterAll(() => t.close());

  it('asks the closed open-space day’s participants, and shows its convener results with figures', async () => {
    const connor = t.client();
    await connor.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'connor@demo.weave.test', password: DEMO_PASSWORD },
    });
    const { gathering } = await connor.data<{ gathering: { id: string } }>('query { gathering(slug: "cynon-valley-open-space") { id } }');
    const { feedbackResults } = await connor.data<{
      feedbackResults: { enoughAnswers: boolean; answered: number; participants: number; texts: { texts: string[] }[] };
    }>('query($id: UUID!) { feedbackResults(gatheringId: $id) { enoughAnswers answered participants texts { texts } } }', {
      id: gathering.id,
    });
    expect(feedbackResults).toMatchObject({ enoughAnswers: true, answered: 6, participants: 7 });
    expect(feedbackResults.texts[1].texts).toHaveLength(5);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'feedback_requested' AND subject_id = $1`,
      [gathering.id],
    );
    expect(n).toBe(7);
  });
});
