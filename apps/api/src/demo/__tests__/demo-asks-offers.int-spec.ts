import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { seedDemoIfEmpty } from '../demo-seed.js';

describe('demo asks and offers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
    await t.drainJobs();
  }, 300_000);
  afterAll(() => t.close());

  it('has the peanut butter and the minibus, matched across networks, introduced, and met ones with their networks', async () => {
    const rows: { title: string; status: string; met_by_network_id: string | null }[] = await t.dataSource.query(
      `SELECT title, status, met_by_network_id FROM asks_offers ORDER BY title`,
    );
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    expect(byTitle.get('Peanut butter for the food bank')?.status).toBe('open');
    expect(byTitle.get('A minibus on Tuesdays')?.status).toBe('met');
    expect(byTitle.get('Help mending donated bikes')).toMatchObject({ status: 'met', met_by_network_id: expect.any(String) });
    // Besides the workshop series' own (demo-series.int-spec.ts).
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM ask_offer_introductions i JOIN asks_offers a ON a.id = i.ask_id
        WHERE a.gathering_id IS NULL OR a.gathering_id NOT IN (SELECT id FROM gatherings WHERE title LIKE 'Cynon Valley Working Together%')`,
    );
    expect(count).toBe(3);
    // The food network's ask has its match from Sheffield first, and its people were told of it.
    const [{ recipients }] = await t.dataSource.query(
      `SELECT count(*)::int AS recipients FROM notifications n JOIN asks_offers a ON a.id = n.subject_id
        WHERE n.kind = 'match_found' AND a.title = 'Peanut butter for the food bank'`,
    );
    expect(recipients).toBeGreaterThan(0);
  });
});
