import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { AccessFeature, GatheringFormat, GatheringStatus, RegistrationMode } from '../modules/gatherings/gathering.enums.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { InvitationsService } from '../modules/gatherings/invitations.service.js';
import { RegistrationsService } from '../modules/gatherings/registrations.service.js';
import { loadDemoHarvest } from './demo-harvest.js';
import { loadDemoOpenSpace } from './demo-open-space.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';

const PARTICIPANTS = [
  'Siân Morgan',
  'Kwame Mensah',
  'Morag Campbell',
  'Bilal Hussain',
  'Ceri Davies',
  'Aisha Begum',
  'Tomasz Nowak',
  'Grace Okafor',
  'Dylan Evans',
  'Fatima Ali',
  'Hamish Reid',
  'Lowri Pritchard',
  'Sunita Patel',
  'Owen Jenkins',
];

const DAY = 24 * 60 * 60 * 1000;

/** 10:00 to 16:00 (London) on the day `days` from now. */
function dayAt(days: number, startHour = 10, hours = 6): { startsAt: Date; endsAt: Date } {
  const day = new Date(Date.now() + days * DAY);
  // 09:00 UTC is 10:00 in London in winter and 10:00 BST is 09:00 UTC: close enough for demo data, and exact in the app.
  const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), startHour - 1, 0));
  return { startsAt, endsAt: new Date(startsAt.getTime() + hours * 60 * 60 * 1000) };
}

/**
 * The gatherings of the demo: a published open-space day of the national
 * coalition (registrations, a waiting list, an invitation cascade three
 * levels deep, its agenda wall) and a past workshop with its follow-up.
 */
export async function loadDemoGatherings(
  app: INestApplication,
  password: string,
  people: { connor: string; priya: string },
): Promise<{ gatherings: number; registrations: number }> {
  const accounts = app.get(AccountsService);
  const gatherings = app.get(GatheringsService);
  const registrations = app.get(RegistrationsService);
  const invitations = app.get(InvitationsService);
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });

  const coalition = await app.get(NetworksService).bySlug('weaving-together-uk', as(people.connor));
  const crowd: string[] = [];
  for (const [i, name] of PARTICIPANTS.entries()) {
    crowd.push((await accounts.createProved({ email: `participant${i + 1}@demo.weave.test`, password, displayName: name })).id);
  }
  const connor = as(people.connor);
  let registered = 0;
  const register = async (gatheringId: string, personId: string, code?: string) => {
    await registrations.register({ gatheringId, shareAccessNeeds: false, invitationCode: code }, as(personId));
    registered += 1;
  };

  // The open-space day: 12 places, 15 people — so 3 wait.
  const openSpace = await gatherings.create(
    {
      title: 'Weaving Together Open Space',
      purpose: 'A day for the networks of Weaving Together UK to set their own agenda: bring a question, a story or an offer.',
      format: GatheringFormat.HYBRID,
      venue: 'The Temple of Peace, King Edward VII Avenue, Cardiff CF10 3AP',
      onlineUrl: 'https://meet.example.org/weaving-together-open-space',
      ...dayAt(30),
      timeZone: 'Europe/London',
      capacity: 12,
      registrationMode: RegistrationMode.OPEN,
      accessFeatures: [
        AccessFeature.STEP_FREE,
        AccessFeature.HEARING_LOOP,
        AccessFeature.BSL,
        AccessFeature.QUIET_ROOM,
        AccessFeature.CAPTIONS,
      ],
      accessNotes: 'Step-free entrance on the east side. BSL interpreters all day; captions online. A quiet room is on the ground floor.',
      convenedByNetworkIds: [coalition.id],
    },
    connor,
  );
  await gatherings.setStatus({ gatheringId: openSpace.id, status: GatheringStatus.PUBLISHED }, connor);
  // The cascade: Connor → Priya → Siân → Kwame (three levels of invitations).
  const root = await invitations.create({ gatheringId: openSpace.id, networkId: coalition.id }, connor);
  await register(openSpace.id, people.priya, root.code);
  const priyaLink = await invitations.create({ gatheringId: openSpace.id }, as(people.priya));
  await register(openSpace.id, crowd[0], priyaLink.code);
  const sianLink = await invitations.create({ gatheringId: openSpace.id }, as(crowd[0]));
  await register(openSpace.id, crowd[1], sianLink.code);
  for (const [i, personId] of crowd.slice(2).entries()) await register(openSpace.id, personId, [root, priyaLink, sianLink][i % 3].code);
  // Its agenda wall: the first twelve to register have places and propose and star sessions.
  await loadDemoOpenSpace(app, openSpace, connor, [people.priya, ...crowd.slice(0, 11)].map(as));

  // A past workshop (who came: demo-check-ins.ts), and its follow-up published (which invites them).
  const workshop = await gatherings.create(
    {
      title: 'Community Connectors Workshop',
      purpose: 'Community groups, voluntary bodies, businesses and public services mapping who knows whom in the Cynon Valley.',
      format: GatheringFormat.IN_PERSON,
      venue: 'Aberdare Library, Green Street, Aberdare CF44 7AG',
      ...dayAt(-45, 13, 3),
      timeZone: 'Europe/London',
      capacity: 25,
      accessFeatures: [AccessFeature.STEP_FREE, AccessFeature.CHILDCARE],
      convenedByNetworkIds: [coalition.id],
    },
    connor,
  );
  await gatherings.setStatus({ gatheringId: workshop.id, status: GatheringStatus.PUBLISHED }, connor);
  for (const personId of crowd.slice(0, 8)) await register(workshop.id, personId);
  await loadDemoHarvest(app, workshop, connor, crowd.slice(0, 8).map(as));
  await gatherings.setStatus({ gatheringId: workshop.id, status: GatheringStatus.CLOSED }, connor);
  const followUp = await gatherings.createFollowUp(
    {
      followUpOfId: workshop.id,
      title: 'Community Connectors: online follow-up',
      purpose: 'What happened since the workshop, and what next. Open to everyone who came, and anyone they bring.',
      format: GatheringFormat.ONLINE,
      onlineUrl: 'https://meet.example.org/community-connectors-follow-up',
      ...dayAt(14, 19, 1),
      timeZone: 'Europe/London',
    },
    connor,
  );
  await gatherings.setStatus({ gatheringId: followUp.id, status: GatheringStatus.PUBLISHED }, connor);

  return { gatherings: 3, registrations: registered };
}
