import { AskOfferKind } from '../../modules/asks-offers/asks-offers.enums.js';
import { NetworkRole } from '../../modules/networks/network.enums.js';
import { Closeness } from '../../modules/relationships/relationships.enums.js';

/**
 * The demo's workshop series "Cynon Valley Working Together": four linked workshops of the Cynon Valley
 * coalition bringing community groups, a voluntary body, a social business and the public health
 * partnership together. Who came, who met whom, what they asked and offered, and how they felt before
 * the first and after the last, so the relational impact view has real-looking figures on first start.
 */

/** The series' people: who they are, the network they come for (its demo key) and their role in it. */
export const SERIES_PEOPLE = [
  { name: 'Rhian Price', network: 'cynon-food', role: NetworkRole.CONVENER },
  { name: 'Gareth Lewis', network: 'aberdare-shed', role: NetworkRole.CONVENER },
  { name: 'Nia Thomas', network: 'mountain-ash-youth', role: NetworkRole.CONVENER },
  { name: 'Dafydd Hughes', network: 'hirwaun-hub', role: NetworkRole.CONVENER },
  { name: 'Amira Khan', network: 'valley-threads', role: NetworkRole.CONVENER },
  { name: 'Bethan Rees', network: 'cynon-health', role: NetworkRole.CONVENER },
  { name: 'Iwan Roberts', network: 'cylch-cymraeg', role: NetworkRole.CONVENER },
  { name: 'Tom Bevan', network: 'aberdare-mutual-aid', role: NetworkRole.CONVENER },
  { name: 'Sarah Jones', network: 'cynon-health', role: NetworkRole.DELEGATE },
  { name: 'Eleri Griffiths', network: 'cynon-food', role: NetworkRole.DELEGATE },
  { name: 'Mark Powell', network: 'valley-threads', role: NetworkRole.DELEGATE },
  { name: 'Carys Morgan', network: 'hirwaun-hub', role: NetworkRole.DELEGATE },
] as const;

/** Demo email of the series person at `index` in SERIES_PEOPLE. */
export const seriesEmail = (index: number) => `series${index + 1}@demo.weave.test`;

export interface SeriesWorkshop {
  title: string;
  purpose: string;
  venue: string;
  /** Days before the demo is loaded. */
  daysAgo: number;
  /** Indexes in SERIES_PEOPLE of who registers; the last `stayedAway` of them do not come. */
  registered: number[];
  stayedAway: number;
}

const everyone = SERIES_PEOPLE.map((_, i) => i);

export const SERIES_WORKSHOPS: SeriesWorkshop[] = [
  {
    title: 'Cynon Valley Working Together 1: Who knows whom',
    purpose:
      'The first of four workshops for community groups, voluntary bodies, local businesses and public services in the valley: map who knows whom, and where the gaps are.',
    venue: 'Aberdare Library, Green Street, Aberdare CF44 7AG',
    daysAgo: 120,
    registered: everyone,
    stayedAway: 1,
  },
  {
    title: 'Cynon Valley Working Together 2: Food, transport and warm spaces',
    purpose: 'What each of us already does about food, getting about and warm places to go, and what we could share.',
    venue: 'Hirwaun Community Hub, High Street, Hirwaun CF44 9SW',
    daysAgo: 95,
    registered: [0, 1, 2, 3, 4, 5, 7, 8, 10, 11, 6, 9],
    stayedAway: 2,
  },
  {
    title: 'Cynon Valley Working Together 3: Young people and the Welsh language',
    purpose: 'Young people and Welsh speakers lead a session on what the valley offers them, and what is missing.',
    venue: 'Mountain Ash Workmen’s Hall, Oxford Street, Mountain Ash CF45 3HB',
    daysAgo: 70,
    registered: [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 7],
    stayedAway: 1,
  },
  {
    title: 'Cynon Valley Working Together 4: Plans we can share',
    purpose: 'What we will do together next: shared plans, who holds them, and what we ask of funders and the council.',
    venue: 'Aberdare Community Centre, Aberdare CF44 8DL',
    daysAgo: 40,
    registered: everyone,
    stayedAway: 1,
  },
];

/** `one` says "we met" about `other` at workshop `at` (0–3); the other confirms unless `oneSided`. */
export interface SeriesMeeting {
  at: number;
  one: number;
  other: number;
  closeness: Closeness;
  oneSided?: boolean;
}

// Mostly across sectors (the food network and the health partnership, the Shed and the GP surgery's
// social prescriber, the youth forum and the CIC); two never confirmed, which no figure may count.
export const SERIES_MEETINGS: SeriesMeeting[] = [
  { at: 0, one: 0, other: 5, closeness: Closeness.WORKING_TOGETHER },
  { at: 0, one: 1, other: 8, closeness: Closeness.MET_ONCE },
  { at: 0, one: 3, other: 6, closeness: Closeness.MET_ONCE },
  { at: 0, one: 9, other: 4, closeness: Closeness.MET_ONCE },
  { at: 1, one: 2, other: 4, closeness: Closeness.WORKING_TOGETHER },
  { at: 1, one: 7, other: 3, closeness: Closeness.MET_ONCE },
  { at: 1, one: 10, other: 0, closeness: Closeness.MET_ONCE },
  { at: 1, one: 11, other: 8, closeness: Closeness.CLOSE },
  { at: 2, one: 6, other: 2, closeness: Closeness.WORKING_TOGETHER },
  { at: 2, one: 5, other: 1, closeness: Closeness.WORKING_TOGETHER },
  { at: 2, one: 9, other: 3, closeness: Closeness.MET_ONCE },
  { at: 3, one: 4, other: 5, closeness: Closeness.MET_ONCE },
  { at: 3, one: 7, other: 10, closeness: Closeness.MET_ONCE },
  { at: 3, one: 2, other: 8, closeness: Closeness.MET_ONCE },
  { at: 1, one: 1, other: 3, closeness: Closeness.MET_ONCE, oneSided: true },
  { at: 3, one: 8, other: 9, closeness: Closeness.MET_ONCE, oneSided: true },
];

/** New ties between networks made after their people met: `member` becomes a partner of `parent`. */
export const SERIES_NETWORK_TIES = [
  { member: 'valley-threads', parent: 'mountain-ash-youth' },
  { member: 'aberdare-shed', parent: 'cynon-health' },
];

export interface SeriesPost {
  /** Who posts it (index in SERIES_PEOPLE), for the network they convene. */
  by: number;
  /** Posted during this workshop (0–3), so shown on its wall. */
  at?: number;
  kind: AskOfferKind;
  title: string;
  description: string;
  themes: string[];
  area: string;
}

/** Asks met by offers from other networks (and sectors), posted during the workshops; the ask's side introduces and marks it met. */
export const SERIES_MATCHES: { ask: SeriesPost; offer: SeriesPost; met: boolean }[] = [
  {
    ask: {
      by: 0,
      at: 1,
      kind: AskOfferKind.EQUIPMENT,
      title: 'Cold storage for surplus food',
      description: 'Supermarket surplus arrives on Friday afternoons and spoils by Monday: we need a fridge or cold room near Aberdare.',
      themes: ['food', 'storage'],
      area: 'Aberdare',
    },
    offer: {
      by: 4,
      at: 1,
      kind: AskOfferKind.EQUIPMENT,
      title: 'A walk-in cold room at our workshop unit',
      description: 'Our unit on the Robertstown estate has a walk-in cold room we barely use. Any food group is welcome to a key.',
      themes: ['food', 'storage', 'space'],
      area: 'Aberdare',
    },
    met: true,
  },
  {
    ask: {
      by: 2,
      at: 2,
      kind: AskOfferKind.SKILLS,
      title: 'Sewing machines and a tutor for a youth upcycling club',
      description: 'Young people want to mend and remake clothes on Wednesday evenings; we have the room but no machines or tutor.',
      themes: ['young people', 'repair', 'climate'],
      area: 'Mountain Ash',
    },
    offer: {
      by: 4,
      at: 2,
      kind: AskOfferKind.SKILLS,
      title: 'A sewing tutor and four machines, two evenings a month',
      description: 'Valley Threads will lend four machines and one of our machinists to teach, two evenings a month.',
      themes: ['repair', 'young people', 'skills'],
      area: 'Cynon Valley',
    },
    met: true,
  },
  {
    ask: {
      by: 5,
      at: 0,
      kind: AskOfferKind.OTHER,
      title: 'Places to refer lonely older men to',
      description: 'Our social prescribers meet older men who see nobody all week. We need groups that will welcome them.',
      themes: ['loneliness', 'older people', 'health'],
      area: 'Cynon Valley',
    },
    offer: {
      by: 1,
      at: 0,
      kind: AskOfferKind.TIME,
      title: 'A welcome at the Shed on Tuesdays and Thursdays',
      description: 'New members are met at the door, given a brew and shown round. No need to be handy.',
      themes: ['older people', 'loneliness'],
      area: 'Aberdare',
    },
    met: true,
  },
  {
    ask: {
      by: 3,
      at: 2,
      kind: AskOfferKind.TIME,
      title: 'Welsh-language stories for the Saturday toddler group',
      description: 'Parents asked for stories and songs in Welsh at our Saturday toddler group in Hirwaun.',
      themes: ['welsh language', 'children'],
      area: 'Hirwaun',
    },
    offer: {
      by: 6,
      at: 2,
      kind: AskOfferKind.TIME,
      title: 'Welsh-speaking volunteers for children’s sessions',
      description: 'Members of the Cylch will read and sing in Welsh with young children anywhere in the valley.',
      themes: ['welsh language', 'children', 'volunteering'],
      area: 'Cynon Valley',
    },
    met: true,
  },
  {
    ask: {
      by: 7,
      at: 3,
      kind: AskOfferKind.SKILLS,
      title: 'Help with online benefit forms',
      description: 'People who come to us for food often cannot fill in Universal Credit forms online. We need patient helpers.',
      themes: ['digital inclusion', 'poverty'],
      area: 'Aberdare',
    },
    offer: {
      by: 3,
      at: 3,
      kind: AskOfferKind.SKILLS,
      title: 'Digital drop-in on Wednesday mornings',
      description: 'Volunteers at the Hub help with forms, phones and laptops every Wednesday, 10 till 12. Bring anyone.',
      themes: ['digital inclusion', 'volunteering'],
      area: 'Hirwaun',
    },
    met: true,
  },
  {
    ask: {
      by: 5,
      at: 3,
      kind: AskOfferKind.SPACE,
      title: 'A room in Penywaun for a monthly health drop-in',
      description: 'Nurses and a social prescriber want a friendly room in Penywaun one morning a month.',
      themes: ['health', 'space'],
      area: 'Penywaun',
    },
    offer: {
      by: 0,
      at: 3,
      kind: AskOfferKind.SPACE,
      title: 'Our Penywaun pantry room, free on Thursday mornings',
      description: 'The pantry’s back room seats twelve and is free on Thursday mornings; there is a kettle.',
      themes: ['space', 'food', 'health'],
      area: 'Penywaun',
    },
    met: false,
  },
];

/** Networking, knowledge of the area, confidence, trust, support for local projects: before the first workshop, then after the last. */
export const SERIES_FEEDBACK: { person: number; before: number[]; after: number[]; newPeopleMet: number; comment: string }[] = [
  { person: 0, before: [2, 3, 3, 2, 3], after: [4, 4, 4, 4, 4], newPeopleMet: 6, comment: 'We found cold storage and a health partner.' },
  { person: 1, before: [2, 2, 2, 3, 3], after: [4, 3, 4, 4, 4], newPeopleMet: 4, comment: 'The surgery now sends men to the Shed.' },
  {
    person: 2,
    before: [3, 2, 2, 2, 2],
    after: [4, 4, 4, 3, 4],
    newPeopleMet: 5,
    comment: 'The young people ran session three themselves.',
  },
  { person: 3, before: [3, 3, 3, 3, 3], after: [4, 4, 3, 4, 4], newPeopleMet: 4, comment: '' },
  {
    person: 4,
    before: [1, 2, 3, 2, 2],
    after: [4, 3, 4, 4, 5],
    newPeopleMet: 7,
    comment: 'As a business I did not know these groups existed.',
  },
  {
    person: 5,
    before: [3, 3, 2, 2, 3],
    after: [5, 4, 4, 4, 4],
    newPeopleMet: 6,
    comment: 'Referrals are easier when you know the people.',
  },
  {
    person: 6,
    before: [2, 3, 2, 3, 3],
    after: [3, 4, 4, 4, 4],
    newPeopleMet: 3,
    comment: 'Mwy o Gymraeg yn y gweithdai, os gwelwch yn dda.',
  },
  { person: 7, before: [2, 2, 3, 2, 3], after: [3, 3, 3, 3, 4], newPeopleMet: 3, comment: 'Good, but four workshops felt short.' },
  { person: 8, before: [2, 2, 2, 2, 2], after: [4, 3, 3, 4, 3], newPeopleMet: 5, comment: '' },
  {
    person: 9,
    before: [3, 3, 3, 3, 3],
    after: [3, 4, 4, 3, 4],
    newPeopleMet: 2,
    comment: 'I would like the health partnership at every meeting.',
  },
];
