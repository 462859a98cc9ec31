import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { SUPPRESSED, fig, impactWorld, query, shown, tie, type Impact } from './impact.fixture.js';

describe('impact: a gathering', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts confirmed ties across networks and sectors for its convener', async () => {
    const w = await impactWorld(t, 3);
    const [c, b] = [w.communityPeople, w.businessPeople];
    await tie(t, w.gathering, [c[0], [w.community]], [b[0], [w.business]]);
    await tie(t, w.gathering, [c[1], [w.community]], [b[1], [w.business]]);
    await tie(t, w.gathering, [c[2], [w.community]], [c[0], [w.community]]);
    const { gatheringImpact } = await w.convener.client.data<{ gatheringImpact: Impact }>(query('gatheringImpact'), {
      slug: w.gathering.slug,
    });
    expect(gatheringImpact.fullView).toBe(true);
    expect(fig(gatheringImpact.total, 'NEW_TIES')).toEqual(shown(3));
    expect(fig(gatheringImpact.total, 'NEW_TIES_ACROSS_NETWORKS')).toEqual(SUPPRESSED);
    expect(fig(gatheringImpact.total, 'NEW_TIES_ACROSS_SECTORS')).toEqual(SUPPRESSED);
  });
});
