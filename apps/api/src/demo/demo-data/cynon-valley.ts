import { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, Region, Sector } from '../../modules/networks/network.enums.js';
import type { DemoArea, DemoAreaData } from './types.js';

// A Welsh valleys town and its neighbours.
const region = Region.WALES;
const aberdare: DemoArea = { placeName: 'Aberdare', region, latitude: 51.7137, longitude: -3.4454 };
const mountainAsh: DemoArea = { placeName: 'Mountain Ash', region, latitude: 51.6814, longitude: -3.3794 };
const hirwaun: DemoArea = { placeName: 'Hirwaun', region, latitude: 51.7386, longitude: -3.5106 };
const abercynon: DemoArea = { placeName: 'Abercynon', region, latitude: 51.6446, longitude: -3.327 };

export const cynonValley: DemoAreaData = {
  networks: [
    {
      key: 'cynon-together',
      name: 'Cynon Valley Together',
      kind: NetworkKind.COALITION,
      facilitator: 'faith',
      purpose:
        'The network of networks for the Cynon Valley: community groups, chapels, the health board, the council and local firms meeting every quarter to tackle what no one of us can alone.',
      values: 'Cymuned — community first. Bilingual by default. Every village has a seat at the table, however small.',
      themes: ['place-based change', 'rural isolation', 'welsh language'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.VOLUNTARY_SECTOR, Sector.PUBLIC_SECTOR, Sector.BUSINESS],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: aberdare,
      roles: [['priya', NetworkRole.MEMBER]],
    },
    {
      key: 'cynon-food',
      name: 'Cynon Valley Food Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Food banks, pantries, community fridges and growers sharing surplus food, volunteers and vans, and moving from emergency food towards dignified, affordable food for all.',
      values: 'Dignity, choice and no shame. Food is a right, and a reason to sit down together.',
      themes: ['food', 'poverty', 'volunteering'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: { ...aberdare, latitude: 51.7101, longitude: -3.4412 },
      roles: [['priya', NetworkRole.MEMBER]],
    },
    {
      key: 'aberdare-shed',
      name: "Aberdare Men's Shed",
      kind: NetworkKind.ORGANISATION,
      facilitator: 'faith',
      purpose:
        'A workshop where older men (and anyone else) mend, make and talk: benches for the park, repairs for neighbours, company against loneliness.',
      values: 'Shoulder to shoulder, not face to face. Everyone teaches, everyone learns.',
      themes: ['loneliness', 'older people', 'repair'],
      sectors: [Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.SUSTAINING,
      area: { ...aberdare, latitude: 51.7165, longitude: -3.4497 },
    },
    {
      key: 'mountain-ash-youth',
      name: 'Mountain Ash Youth Forum',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Young people aged 14 to 25 setting their own agenda for the town: safe places to meet, buses that run after six, and a say in the regeneration plans.',
      values: 'Young people lead; adults support. Fun is part of the work.',
      themes: ['young people', 'transport', 'regeneration'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.LIVED_EXPERIENCE],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.FORMING,
      area: mountainAsh,
    },
    {
      key: 'hirwaun-hub',
      name: 'Hirwaun Community Hub',
      kind: NetworkKind.ORGANISATION,
      facilitator: 'faith',
      purpose:
        'A former miners’ institute run by volunteers: warm space, advice surgeries, a toddler group, a credit union point and the valley’s busiest noticeboard.',
      values: 'Open door, kettle on. The building belongs to the village.',
      themes: ['warm spaces', 'advice', 'community buildings'],
      sectors: [Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: hirwaun,
    },
    {
      key: 'valley-threads',
      name: 'Valley Threads CIC',
      kind: NetworkKind.ORGANISATION,
      facilitator: 'faith',
      purpose:
        'A social enterprise that upcycles school uniforms and workwear, trains local people in sewing and repair, and pays the real living wage.',
      values: 'Good work, fairly paid. Waste is a resource. Profits go back into the valley.',
      themes: ['circular economy', 'employment', 'repair'],
      sectors: [Sector.SOCIAL_ENTERPRISE, Sector.BUSINESS],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: abercynon,
      website: 'https://valley-threads.example.org',
    },
    {
      key: 'cynon-health',
      name: 'Cynon Valley Health and Wellbeing Partnership',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'GP clusters, the health board, social prescribers and community groups connecting people to what keeps them well beyond the surgery.',
      values: 'What matters to you, not what is the matter with you. Services are partners of the community, not providers to it.',
      themes: ['social prescribing', 'health', 'loneliness'],
      sectors: [Sector.PUBLIC_SECTOR, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: { ...mountainAsh, latitude: 51.6842, longitude: -3.3751 },
      roles: [['connor', NetworkRole.MEMBER]],
    },
    {
      key: 'cylch-cymraeg',
      name: 'Cylch Cymraeg Abercynon',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'A Welsh-language circle for learners and fluent speakers: conversation over coffee, a choir, and bilingual storytelling in the library.',
      values: 'Pob gair yn cyfrif — every word counts. Welcome at any level.',
      themes: ['welsh language', 'culture', 'learning'],
      sectors: [Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.SUSTAINING,
      area: { ...abercynon, latitude: 51.6461, longitude: -3.3302 },
    },
    {
      key: 'aberdare-mutual-aid',
      name: 'Aberdare Mutual Aid',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose: 'Neighbours helping neighbours through the pandemic: shopping, prescriptions, phone calls to people shielding alone.',
      values: 'Solidarity, not charity. Say yes, then work out how.',
      themes: ['mutual aid', 'volunteering', 'loneliness'],
      sectors: [Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.TRANSITIONING,
      area: { ...aberdare, latitude: 51.7122, longitude: -3.4389 },
      closingNote:
        'We closed in 2023 once the emergency was over. 400 volunteers took part; the phone tree became the Hub’s befriending scheme, our food runs joined the Cynon Valley Food Network, and the WhatsApp groups live on street by street.',
    },
  ],
  ties: [
    { member: 'cynon-together', parent: 'weaving-together' },
    { member: 'cynon-food', parent: 'cynon-together' },
    { member: 'aberdare-shed', parent: 'cynon-together' },
    { member: 'mountain-ash-youth', parent: 'cynon-together' },
    { member: 'hirwaun-hub', parent: 'cynon-together' },
    { member: 'valley-threads', parent: 'cynon-together' },
    { member: 'cynon-health', parent: 'cynon-together' },
    { member: 'cylch-cymraeg', parent: 'cynon-together' },
    { member: 'aberdare-mutual-aid', parent: 'cynon-together', ended: true },
  ],
};
