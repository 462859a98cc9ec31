import { TieType } from '../../modules/networks/ties/network-membership.entity.js';
import {
  LifecycleStage,
  NetworkKind,
  NetworkRole,
  NetworkVisibility,
  type NetworkScope,
  type Region,
  type Sector,
} from '../../modules/networks/network.enums.js';
import { KIND_WORDS, REGIONS, SCOPES_BY_KIND, SECTORS, TOPICS, VALUES } from './scale-words.js';

/** mulberry32: small, fast and the same on every machine, so every run makes the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScaleOptions {
  networks: number;
  /** Average active ties per network (each network belongs to about this many earlier ones). */
  tiesPerNetwork: number;
  seed: number;
}

export interface ScalePerson {
  id: string;
  email: string;
  displayName: string;
}

export interface ScaleNetwork {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  purpose: string;
  values: string;
  themes: string[];
  sectors: Sector[];
  placeName: string;
  region: Region;
  latitude: number;
  longitude: number;
  scope: NetworkScope;
  lifecycleStage: LifecycleStage;
  visibility: NetworkVisibility;
  closingNote: string | null;
  createdAt: Date;
}

export interface ScaleData {
  people: ScalePerson[];
  networks: ScaleNetwork[];
  /** Member index > parent index, always: the graph is acyclic by construction. */
  ties: { member: number; parent: number; tieType: TieType }[];
  roles: { person: number; network: number; role: NetworkRole }[];
}

const STAGES: LifecycleStage[] = [
  ...Array<LifecycleStage>(5).fill(LifecycleStage.ACTIVE),
  LifecycleStage.FORMING,
  LifecycleStage.FORMING,
  LifecycleStage.SUSTAINING,
  LifecycleStage.SUSTAINING,
  LifecycleStage.TRANSITIONING,
];
const CREATED_UNTIL = Date.UTC(2026, 0, 1);
const FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000;

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The networks, people, ties and roles for a given seed; the same every time. */
export function generateScaleData({ networks: count, tiesPerNetwork, seed }: ScaleOptions): ScaleData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const uuid = () => {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(random() * 0x100000000)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    // Version 4, RFC 4122 variant: valid UUIDs for PostgreSQL and for the API's validators.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };

  const people: ScalePerson[] = Array.from({ length: Math.max(20, Math.round(count / 5)) }, (_, i) => ({
    id: uuid(),
    email: `person${i + 1}@scale.weave.test`,
    displayName: `Scale Person ${i + 1}`,
  }));

  // The first few percent are coalitions, so most ties point at a coalition.
  const coalitions = Math.max(1, Math.round(count * 0.04));
  const networks: ScaleNetwork[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i < coalitions ? NetworkKind.COALITION : random() < 0.8 ? NetworkKind.NETWORK : NetworkKind.ORGANISATION;
    const { region, places } = pick(REGIONS);
    const [place, lat, lng] = pick(places);
    const topic = pick(TOPICS);
    const second = pick(TOPICS);
    const name = `${place} ${topic.word} ${pick(KIND_WORDS[kind])}`;
    const stage = random() < 0.02 ? LifecycleStage.CLOSED : pick(STAGES);
    networks.push({
      id: uuid(),
      slug: `${slugify(name)}-${i + 1}`,
      name,
      kind,
      purpose: `Bringing together ${topic.work} across ${place}, and working with ${second.work}.`,
      values: `${pick(VALUES)} ${pick(VALUES)}`,
      themes: [...new Set([topic.theme, second.theme, pick(TOPICS).theme])],
      sectors: [...new Set([pick(SECTORS), pick(SECTORS)])],
      placeName: place,
      region,
      latitude: Math.round((lat + (random() - 0.5) * 0.08) * 1e5) / 1e5,
      longitude: Math.round((lng + (random() - 0.5) * 0.12) * 1e5) / 1e5,
      scope: pick(SCOPES_BY_KIND[kind]),
      lifecycleStage: stage,
      visibility: random() < 0.05 ? NetworkVisibility.MEMBERS_ONLY : NetworkVisibility.PUBLIC,
      closingNote:
        stage === LifecycleStage.CLOSED ? `${name} closed well; its members carried the work on in neighbouring networks.` : null,
      createdAt: new Date(CREATED_UNTIL - Math.floor(random() * FIVE_YEARS_MS)),
    });
  }

  const ties: ScaleData['ties'] = [];
  for (let member = 1; member < count; member++) {
    const wanted = Math.min(member, 1 + Math.floor(random() * (2 * tiesPerNetwork - 1)));
    const parents = new Set<number>();
    for (let tries = 0; parents.size < wanted && tries < wanted * 4; tries++) {
      // Half to a coalition, half to any earlier network (skewed towards older ones).
      const parent = random() < 0.5 ? Math.floor(random() * Math.min(member, coalitions)) : Math.floor(random() ** 2 * member);
      parents.add(parent);
    }
    for (const parent of parents)
      ties.push({ member, parent, tieType: random() < 0.8 ? TieType.MEMBER : pick([TieType.PARTNER, TieType.OBSERVER]) });
  }

  const roles: ScaleData['roles'] = [];
  for (let network = 0; network < count; network++) {
    roles.push({ person: Math.floor(random() * people.length), network, role: NetworkRole.FACILITATOR });
    if (networks[network].kind === NetworkKind.COALITION) {
      roles.push({ person: Math.floor(random() * people.length), network, role: NetworkRole.CONVENER });
    }
  }
  return { people, networks, ties, roles };
}
