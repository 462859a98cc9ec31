import type { INestApplication } from '@nestjs/common';
import slugify from '@sindresorhus/slugify';
import type { Viewer } from '../common/access/request-context.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { AskOfferSide } from '../modules/asks-offers/asks-offers.enums.js';
import { AsksOffersService } from '../modules/asks-offers/asks-offers.service.js';
import { FeedbackStage } from '../modules/feedback/feedback.enums.js';
import { FeedbackService } from '../modules/feedback/feedback.service.js';
import { CheckInsService } from '../modules/gatherings/check-ins.service.js';
import { AccessFeature, GatheringFormat, GatheringStatus, RegistrationStatus } from '../modules/gatherings/gathering.enums.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { RegistrationsService } from '../modules/gatherings/registrations.service.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';
import { TieType } from '../modules/networks/ties/network-membership.entity.js';
import { NetworkMembershipsService } from '../modules/networks/ties/network-memberships.service.js';
import { RelationshipsService } from '../modules/relationships/relationships.service.js';
import { RolesService } from '../modules/roles/roles.service.js';
import { DEMO_NETWORKS } from './demo-data/index.js';
import {
  SERIES_FEEDBACK,
  SERIES_MATCHES,
  SERIES_MEETINGS,
  SERIES_NETWORK_TIES,
  SERIES_PEOPLE,
  SERIES_WORKSHOPS,
  type SeriesPost,
  type SeriesWorkshop,
  seriesEmail,
} from './demo-data/series.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** 13:00 to 16:00 UTC on the day `days` from now (negative: in the past). */
function afternoon(days: number): { startsAt: Date; endsAt: Date } {
  const day = new Date(Date.now() + days * DAY);
  const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 13, 0));
  return { startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR) };
}

export interface DemoSeriesSummary {
  workshops: number;
  checkIns: number;
  confirmedTies: number;
  oneSided: number;
  met: number;
  pairedFeedback: number;
  networkTies: number;
}

/**
 * The workshop series "Cynon Valley Working Together" (demo-data/series.ts), through the same services
 * the API uses: its people take part for their networks, four workshops linked as follow-ups, all past
 * and closed, with check-ins, ties confirmed (and two one-sided), asks met across networks, feedback
 * before the first and after the last, and two ties between networks made after their people met.
 * Convened by Faith for Cynon Valley Together, so its facilitator sees the series in full.
 */
export async function loadDemoSeries(app: INestApplication, password: string, people: { faith: string }): Promise<DemoSeriesSummary> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const faith = as(people.faith);
  const networks = app.get(NetworksService);
  const networkId = async (key: string) => {
    const network = DEMO_NETWORKS.find((n) => n.key === key);
    if (!network) throw new Error(`The demo series names "${key}", which is not one of the demo networks.`);
    return (await networks.bySlug(slugify(network.name), faith)).id;
  };

  const cast: { viewer: Viewer; networkId: string }[] = [];
  for (const [i, person] of SERIES_PEOPLE.entries()) {
    const { id } = await app.get(AccountsService).createProved({ email: seriesEmail(i), password, displayName: person.name });
    const network = await networkId(person.network);
    await app.get(RolesService).grant(id, 'network', network, person.role);
    cast.push({ viewer: as(id), networkId: network });
  }

  const workshops = await runWorkshops(app, faith, cast, await networkId('cynon-together'));
  const confirmedTies = await meet(app, workshops, cast);
  const met = await askAndOffer(app, workshops, cast);
  for (const tie of SERIES_NETWORK_TIES) {
    await app
      .get(NetworkMembershipsService)
      .propose(
        { memberNetworkId: await networkId(tie.member), parentNetworkId: await networkId(tie.parent), tieType: TieType.PARTNER },
        faith,
      );
  }
  const pairedFeedback = await feedbackAfter(app, workshops.at(-1)!.id, cast);
  return {
    workshops: workshops.length,
    checkIns: workshops.reduce((sum, w) => sum + w.checkIns, 0),
    confirmedTies,
    oneSided: SERIES_MEETINGS.length - confirmedTies,
    met,
    pairedFeedback,
    networkTies: SERIES_NETWORK_TIES.length,
  };
}

type Cast = { viewer: Viewer; networkId: string }[];

/**
 * The four workshops, each a follow-up of the one before. The first is announced ahead (its date still
 * to come) so its people answer the "before" form, then moved to its real date in the past; each one is
 * held, ticked in by the convener (all but those who stayed away) and closed.
 */
async function runWorkshops(app: INestApplication, faith: Viewer, cast: Cast, coalitionId: string) {
  const gatherings = app.get(GatheringsService);
  const feedback = app.get(FeedbackService);
  const held: { id: string; checkIns: number }[] = [];
  for (const [i, workshop] of SERIES_WORKSHOPS.entries()) {
    const fields = {
      title: workshop.title,
      purpose: workshop.purpose,
      format: GatheringFormat.IN_PERSON,
      venue: workshop.venue,
      ...afternoon(i === 0 ? 7 : -workshop.daysAgo),
      timeZone: 'Europe/London',
      capacity: 20,
      accessFeatures: [AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP],
    };
    const gathering =
      i === 0
        ? await gatherings.create({ ...fields, convenedByNetworkIds: [coalitionId] }, faith)
        : await gatherings.createFollowUp({ ...fields, followUpOfId: held[i - 1].id }, faith);
    await gatherings.setStatus({ gatheringId: gathering.id, status: GatheringStatus.PUBLISHED }, faith);
    for (const who of workshop.registered) {
      await app
        .get(RegistrationsService)
        .register({ gatheringId: gathering.id, representingNetworkIds: [cast[who].networkId], shareAccessNeeds: false }, cast[who].viewer);
    }
    if (i === 0) {
      await feedback.setAsksBefore({ gatheringId: gathering.id, asksBefore: true }, faith);
      await feedbackBefore(app, gathering.id, cast);
      await gatherings.update({ gatheringId: gathering.id, ...afternoon(-workshop.daysAgo) }, faith);
    }
    await gatherings.setStatus({ gatheringId: gathering.id, status: GatheringStatus.LIVE }, faith);
    const checkIns = await tickIn(app, gathering.id, workshop, cast, faith);
    await gatherings.setStatus({ gatheringId: gathering.id, status: GatheringStatus.CLOSED }, faith);
    held.push({ id: gathering.id, checkIns });
  }
  return held;
}

/** The convener's list: everyone registered but those who stayed away. */
async function tickIn(app: INestApplication, gatheringId: string, workshop: SeriesWorkshop, cast: Cast, faith: Viewer): Promise<number> {
  const places = await app.get(RegistrationsService).forConveners(gatheringId, RegistrationStatus.REGISTERED, faith);
  const came = new Set(workshop.registered.slice(0, workshop.registered.length - workshop.stayedAway).map((i) => cast[i].viewer.personId));
  const ticked = places.filter((place) => came.has(place.personId));
  for (const place of ticked) await app.get(CheckInsService).tick({ gatheringId, registrationId: place.id }, faith);
  return ticked.length;
}

async function feedbackBefore(app: INestApplication, gatheringId: string, cast: Cast): Promise<void> {
  for (const { person, before } of SERIES_FEEDBACK) {
    const [networking, knowledge, confidence, trust, support] = before;
    await app
      .get(FeedbackService)
      .answer(
        { gatheringId, stage: FeedbackStage.BEFORE, networking, knowledge, confidence, trust, support, comment: '', answers: [] },
        cast[person].viewer,
      );
  }
}

async function feedbackAfter(app: INestApplication, gatheringId: string, cast: Cast): Promise<number> {
  for (const { person, after, newPeopleMet, comment } of SERIES_FEEDBACK) {
    const [networking, knowledge, confidence, trust, support] = after;
    await app
      .get(FeedbackService)
      .answer(
        { gatheringId, stage: FeedbackStage.AFTER, networking, knowledge, confidence, trust, support, newPeopleMet, comment, answers: [] },
        cast[person].viewer,
      );
  }
  return SERIES_FEEDBACK.length;
}

/** "We met", said at the workshop where they met; confirmed by the other unless one-sided. */
async function meet(app: INestApplication, workshops: { id: string }[], cast: Cast): Promise<number> {
  const relationships = app.get(RelationshipsService);
  let confirmed = 0;
  for (const { at, one, other, closeness, oneSided } of SERIES_MEETINGS) {
    const gatheringId = workshops[at].id;
    await relationships.sayWeMet({ gatheringId, personId: cast[other].viewer.personId, closeness }, cast[one].viewer);
    if (oneSided) continue;
    await relationships.sayWeMet({ gatheringId, personId: cast[one].viewer.personId }, cast[other].viewer);
    confirmed += 1;
  }
  return confirmed;
}

/** Asks and offers posted on the workshops' walls for their networks; the ask's side introduces them and marks the met ones. */
async function askAndOffer(app: INestApplication, workshops: { id: string }[], cast: Cast): Promise<number> {
  const service = app.get(AsksOffersService);
  const endsOn = new Date(Date.now() + 90 * DAY).toISOString().slice(0, 10);
  const post = (side: AskOfferSide, p: SeriesPost) =>
    service.post(
      {
        side,
        kind: p.kind,
        title: p.title,
        description: p.description,
        themes: p.themes,
        area: p.area,
        endsOn,
        networkId: cast[p.by].networkId,
        gatheringId: p.at === undefined ? null : workshops[p.at].id,
      },
      cast[p.by].viewer,
    );
  let met = 0;
  for (const match of SERIES_MATCHES) {
    const ask = await post(AskOfferSide.ASK, match.ask);
    const offer = await post(AskOfferSide.OFFER, match.offer);
    const asker = cast[match.ask.by].viewer;
    await service.introduce({ askId: ask.id, offerId: offer.id }, asker);
    if (!match.met) continue;
    await service.markMet({ askId: ask.id, offerId: offer.id }, asker);
    met += 1;
  }
  return met;
}
