import { TieType } from '../../modules/networks/ties/network-membership.entity.js';
import { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, Region, Sector } from '../../modules/networks/network.enums.js';
import type { DemoArea, DemoAreaData } from './types.js';

// A Glasgow neighbourhood on the south side of the river.
const region = Region.SCOTLAND;
const govanhill: DemoArea = { placeName: 'Govanhill, Glasgow', region, latitude: 55.837, longitude: -4.259 };
const queensPark: DemoArea = { placeName: "Queen's Park, Glasgow", region, latitude: 55.829, longitude: -4.269 };
const crosshill: DemoArea = { placeName: 'Crosshill, Glasgow', region, latitude: 55.836, longitude: -4.252 };

export const govanhillArea: DemoAreaData = {
  networks: [
    {
      key: 'govanhill-web',
      name: 'Govanhill Community Web',
      kind: NetworkKind.COALITION,
      facilitator: 'priya',
      purpose:
        'One of the most diverse neighbourhoods in Scotland, with over 50 languages spoken: the Web links its groups, housing associations, traders and services so newcomers and long-time residents shape the place together.',
      values: 'Many languages, one neighbourhood. Newcomers are neighbours from day one. Decisions made where people can take part.',
      themes: ['migration', 'housing', 'community power'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.VOLUNTARY_SECTOR, Sector.PUBLIC_SECTOR, Sector.BUSINESS],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: govanhill,
      roles: [['faith', NetworkRole.MEMBER]],
    },
    {
      key: 'govanhill-kitchen',
      name: 'Govanhill Community Kitchen',
      kind: NetworkKind.ORGANISATION,
      facilitator: 'priya',
      purpose: 'Pay-what-you-can meals cooked by residents from a different country each week, and cooking classes on a budget.',
      values: 'Everyone eats. Everyone cooks. Recipes are how we tell each other where we come from.',
      themes: ['food', 'migration', 'culture'],
      sectors: [Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: { ...govanhill, latitude: 55.8362, longitude: -4.2601 },
    },
    {
      key: 'southside-tenants',
      name: 'Southside Tenants Union',
      kind: NetworkKind.NETWORK,
      facilitator: 'priya',
      purpose: 'Private and social tenants organising for repairs, fair rents and an end to damp and overcrowding, building by building.',
      values: 'An injury to one is an injury to all. Tenants lead their own campaigns.',
      themes: ['housing', 'community organising', 'poverty'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.LIVED_EXPERIENCE],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: crosshill,
    },
    {
      key: 'languages-of-govanhill',
      name: 'Languages of Govanhill',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Volunteer community interpreters and language cafés, so nobody misses a GP appointment, a school meeting or a tenants’ meeting for want of words.',
      values: 'Every language is an asset. Interpreters are paid or thanked properly, never taken for granted.',
      themes: ['migration', 'interpreting', 'access to services'],
      sectors: [Sector.VOLUNTARY_SECTOR, Sector.LIVED_EXPERIENCE],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.SUSTAINING,
      area: { ...govanhill, latitude: 55.8381, longitude: -4.2567 },
      roles: [['priya', NetworkRole.MEMBER]],
    },
    {
      key: 'queens-park-growers',
      name: "Queen's Park Growers",
      kind: NetworkKind.NETWORK,
      facilitator: 'priya',
      purpose: 'Turning back courts and stalled spaces into shared gardens, with a seed library and a Saturday plant swap.',
      values: 'Grow together, share the harvest. Green space is for everyone, not just those with gardens.',
      themes: ['green spaces', 'food', 'climate'],
      sectors: [Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.FORMING,
      area: queensPark,
    },
    {
      key: 'southside-business',
      name: 'Southside Business Circle',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Independent traders on Victoria Road and Allison Street working with residents on a cleaner, busier high street and local jobs.',
      values: 'Local money stays local. Businesses are neighbours too.',
      themes: ['high street', 'employment', 'local economy'],
      sectors: [Sector.BUSINESS],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: { ...govanhill, placeName: 'Victoria Road, Glasgow', latitude: 55.8393, longitude: -4.2619 },
    },
    {
      key: 'glasgow-south-health',
      name: 'Glasgow South Community Health Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Health visitors, link workers, pharmacies and community groups sharing what they see, so families are not passed from door to door.',
      values: 'Join up around the family, not the service. Trust the people closest to the ground.',
      themes: ['health', 'social prescribing', 'families'],
      sectors: [Sector.PUBLIC_SECTOR, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: { ...crosshill, latitude: 55.8331, longitude: -4.2498 },
      roles: [['priya', NetworkRole.DELEGATE]],
    },
  ],
  ties: [
    { member: 'govanhill-web', parent: 'weaving-together' },
    { member: 'govanhill-kitchen', parent: 'govanhill-web' },
    { member: 'southside-tenants', parent: 'govanhill-web' },
    { member: 'languages-of-govanhill', parent: 'govanhill-web' },
    { member: 'queens-park-growers', parent: 'govanhill-web' },
    { member: 'southside-business', parent: 'govanhill-web', tieType: TieType.PARTNER },
    { member: 'glasgow-south-health', parent: 'govanhill-web', tieType: TieType.PARTNER },
    // The tenants union also belongs to the national lived-experience network.
    { member: 'southside-tenants', parent: 'lived-experience' },
  ],
};
