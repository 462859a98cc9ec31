import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { CheckInsService } from '../modules/gatherings/check-ins.service.js';
import { RegistrationStatus } from '../modules/gatherings/gathering.enums.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { RegistrationsService } from '../modules/gatherings/registrations.service.js';

/** The past gatherings of the demo, and how many of the people with a place did not come to each. */
const PAST = [
  { slug: 'community-connectors-workshop', stayedAway: 1 },
  { slug: 'cynon-valley-open-space', stayedAway: 1 },
];

/**
 * Who came to the demo's past gatherings: the convener's list, ticked after the day (conveners may
 * correct attendance once a gathering closed), all but the last to register, so "who's missing" has
 * someone registered who did not come.
 */
export async function loadDemoCheckIns(app: INestApplication, people: { connor: string }): Promise<{ checkIns: number }> {
  const connor: Viewer = { personId: people.connor, sessionId: 'demo-seed', isPlatformAdmin: false };
  const gatherings = app.get(GatheringsService);
  const registrations = app.get(RegistrationsService);
  const checkIns = app.get(CheckInsService);
  let count = 0;
  for (const { slug, stayedAway } of PAST) {
    const gathering = await gatherings.findVisible({ slug }, connor);
    const places = await registrations.forConveners(gathering.id, RegistrationStatus.REGISTERED, connor);
    for (const place of places.slice(0, places.length - stayedAway)) {
      await checkIns.tick({ gatheringId: gathering.id, registrationId: place.id }, connor);
      count += 1;
    }
  }
  return { checkIns: count };
}
