import { TieType } from '../../modules/networks/ties/network-membership.entity.js';
import { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, Region, Sector } from '../../modules/networks/network.enums.js';
import type { DemoArea, DemoAreaData } from './types.js';

// A market town and the rural Marches around it.
const region = Region.WEST_MIDLANDS;
const ludlow: DemoArea = { placeName: 'Ludlow', region, latitude: 52.3675, longitude: -2.7188 };
const cravenArms: DemoArea = { placeName: 'Craven Arms', region, latitude: 52.44, longitude: -2.835 };
const churchStretton: DemoArea = { placeName: 'Church Stretton', region, latitude: 52.538, longitude: -2.803 };

export const ludlowArea: DemoAreaData = {
  networks: [
    {
      key: 'ludlow-marches',
      name: 'Ludlow and Marches Network',
      kind: NetworkKind.COALITION,
      facilitator: 'faith',
      purpose:
        'Market-town and village groups, farmers, traders, the town council and rural services meeting on market day to work on what a rural area needs: transport, care, housing and young people who can afford to stay.',
      values: 'Rural is not remote to those who live here. Meet where people already are. Small places, long memories: relationships last.',
      themes: ['rural isolation', 'place-based change', 'transport'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.BUSINESS, Sector.PUBLIC_SECTOR, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: ludlow,
      roles: [['connor', NetworkRole.MEMBER]],
    },
    {
      key: 'ludlow-traders',
      name: 'Ludlow Market Traders Association',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Stallholders and shopkeepers keeping the market and the high street alive: shared marketing, a local gift card, and apprenticeships for young people.',
      values: 'Buy local, sell local, hire local. The market square belongs to everyone.',
      themes: ['high street', 'local economy', 'young people'],
      sectors: [Sector.BUSINESS],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.SUSTAINING,
      area: { ...ludlow, latitude: 52.3669, longitude: -2.7206 },
    },
    {
      key: 'shropshire-rural-transport',
      name: 'South Shropshire Rural Transport Group',
      kind: NetworkKind.ORGANISATION,
      facilitator: 'faith',
      purpose: 'Volunteer drivers, a dial-a-ride minibus and a car club getting people without a car to hospital, work and the market.',
      values: 'Nobody stuck at home for want of a lift. Drivers and passengers are neighbours.',
      themes: ['transport', 'rural isolation', 'volunteering'],
      sectors: [Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: cravenArms,
    },
    {
      key: 'craven-arms-clt',
      name: 'Craven Arms Community Land Trust',
      kind: NetworkKind.ORGANISATION,
      facilitator: 'faith',
      purpose: 'Building and keeping homes local people can afford, for ever, on land held in trust by the community.',
      values: 'Homes, not investments. Decisions by members, one member one vote.',
      themes: ['housing', 'community ownership'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.SOCIAL_ENTERPRISE],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.FORMING,
      area: { ...cravenArms, latitude: 52.4421, longitude: -2.8372 },
    },
    {
      key: 'marches-farmers',
      name: 'Marches Farmers Wellbeing Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Farmers and farm families looking out for each other’s mental health: kitchen-table visits, a helpline staffed by farmers, and talks at the livestock market.',
      values: 'It is strong to talk. Farmers listen best to farmers.',
      themes: ['mental health', 'farming', 'rural isolation'],
      sectors: [Sector.LIVED_EXPERIENCE, Sector.BUSINESS],
      scope: NetworkScope.REGIONAL,
      stage: LifecycleStage.ACTIVE,
      area: churchStretton,
      roles: [['priya', NetworkRole.MEMBER]],
    },
    {
      key: 'ludlow-warm-spaces',
      name: 'Ludlow Library Friends and Warm Spaces',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'The library, the county council and volunteers running warm spaces through winter, with reading groups, benefits advice and homework clubs.',
      values: 'A warm room and a welcome, no questions asked. Libraries are the last free indoor public space.',
      themes: ['warm spaces', 'libraries', 'poverty'],
      sectors: [Sector.PUBLIC_SECTOR, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: { ...ludlow, latitude: 52.3681, longitude: -2.7174 },
    },
    {
      key: 'teme-valley-carers',
      name: 'Teme Valley Carers Circle',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Unpaid carers in the villages along the Teme meeting for respite, advice and each other’s company, and telling services what carers need.',
      values: 'Carers need care too. Nothing about carers without carers.',
      themes: ['carers', 'peer support', 'rural isolation'],
      sectors: [Sector.LIVED_EXPERIENCE, Sector.COMMUNITY_GROUP],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: { placeName: 'Tenbury Wells', region, latitude: 52.3103, longitude: -2.5956 },
    },
  ],
  ties: [
    { member: 'ludlow-marches', parent: 'weaving-together' },
    { member: 'ludlow-traders', parent: 'ludlow-marches' },
    { member: 'shropshire-rural-transport', parent: 'ludlow-marches' },
    { member: 'craven-arms-clt', parent: 'ludlow-marches' },
    { member: 'marches-farmers', parent: 'ludlow-marches' },
    { member: 'marches-farmers', parent: 'lived-experience', tieType: TieType.PARTNER },
    { member: 'ludlow-warm-spaces', parent: 'ludlow-marches' },
    { member: 'teme-valley-carers', parent: 'ludlow-marches' },
  ],
};
