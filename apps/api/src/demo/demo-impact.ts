import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { ImpactMeasure } from '../modules/impact/impact.enums.js';
import { ImpactService } from '../modules/impact/impact.service.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';

/** What the demo coalition publishes to funders: everything, so Fran (signed in or not) sees its impact section. */
const PUBLISHED: Record<string, ImpactMeasure[]> = {
  'cynon-valley-together': Object.values(ImpactMeasure),
  'cynon-valley-food-network': [ImpactMeasure.NEW_TIES, ImpactMeasure.ASKS_MET, ImpactMeasure.FEEDBACK],
};

/** The demo's impact publications, chosen by the networks' facilitator (Faith) as the app lets her. */
export async function loadDemoImpact(app: INestApplication, people: { faith: string }): Promise<{ networks: number }> {
  const faith: Viewer = { personId: people.faith, sessionId: 'demo-seed', isPlatformAdmin: false };
  let networks = 0;
  for (const [slug, measures] of Object.entries(PUBLISHED)) {
    const network = await app.get(NetworksService).findVisible({ slug }, faith);
    await app.get(ImpactService).setPublications({ networkId: network.id, measures }, faith);
    networks += 1;
  }
  return { networks };
}
