import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { seedDemoIfEmpty } from '../demo-seed.js';

describe('demo: impact', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
  }, 180_000);
  afterAll(() => t.close());

  it('publishes the Cynon Valley coalition’s impact, so a signed-out funder sees figures on first start', async () => {
    const { coalitionImpact } = await t.client().data<{
      coalitionImpact: { shown: string[]; networkCount: number; total: { figures: { name: string; suppressed: boolean }[] } };
    }>('query { coalitionImpact(slug: "cynon-valley-together") { shown networkCount total { figures { name suppressed } } } }');
    expect(coalitionImpact.shown).toHaveLength(6);
    expect(coalitionImpact.networkCount).toBeGreaterThan(1);
    expect(coalitionImpact.total.figures.find((f) => f.name === 'NEW_TIES')).toBeDefined();
  });
});
