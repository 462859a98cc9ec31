import { TieType } from '../../modules/networks/ties/network-membership.entity.js';
import {
  LifecycleStage,
  NetworkKind,
  NetworkRole,
  NetworkScope,
  NetworkVisibility,
  Region,
  Sector,
} from '../../modules/networks/network.enums.js';
import type { DemoArea, DemoAreaData } from './types.js';

// A northern English city, neighbourhood by neighbourhood.
const region = Region.YORKSHIRE_AND_THE_HUMBER;
const centre: DemoArea = { placeName: 'Sheffield', region, latitude: 53.3811, longitude: -1.4701 };
const at = (placeName: string, latitude: number, longitude: number): DemoArea => ({ placeName, region, latitude, longitude });

export const sheffield: DemoAreaData = {
  networks: [
    {
      key: 'sheffield-connected',
      name: 'Sheffield Connected Communities',
      kind: NetworkKind.COALITION,
      facilitator: 'connor',
      purpose:
        'A city-wide coalition of neighbourhood networks, voluntary bodies, the council and the NHS, meeting in open space twice a year to agree what we will do together and who will convene it.',
      values: 'The city is its neighbourhoods. Whoever comes are the right people. Bridges between sectors are where change happens.',
      themes: ['place-based change', 'network weaving', 'community power'],
      sectors: [Sector.VOLUNTARY_SECTOR, Sector.COMMUNITY_GROUP, Sector.PUBLIC_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.SUSTAINING,
      area: centre,
      roles: [
        ['faith', NetworkRole.MEMBER],
        ['priya', NetworkRole.MEMBER],
      ],
    },
    {
      key: 'burngreave-network',
      name: 'Burngreave Neighbourhood Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'Residents, mosques, churches, schools and youth projects in Burngreave meeting monthly to share news, spot gaps and back each other’s bids.',
      values: 'Share the table and the credit. Faith and no faith, side by side.',
      themes: ['faith communities', 'young people', 'community cohesion'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: at('Burngreave, Sheffield', 53.399, -1.458),
    },
    {
      key: 'sanctuary-circle',
      name: 'Sheffield Sanctuary Peer Circle',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'People seeking asylum and refugees supporting each other through the asylum process, housing moves and the first year of a new life. Members only, for everyone’s safety.',
      values: 'Confidential, peer-led, unhurried. Your story is yours to tell or keep.',
      themes: ['sanctuary', 'migration', 'peer support'],
      sectors: [Sector.LIVED_EXPERIENCE],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      visibility: NetworkVisibility.MEMBERS_ONLY,
      area: at('Sheffield', 53.3835, -1.4659),
      roles: [['priya', NetworkRole.MEMBER]],
    },
    {
      key: 'sharrow-food',
      name: 'Sharrow Food Justice Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'Pantries, a community supermarket, allotment groups and a school breakfast club working on affordable, culturally right food for Sharrow and Nether Edge.',
      values: 'Food justice, not food charity. The people who use the pantry run the pantry.',
      themes: ['food', 'poverty', 'coproduction'],
      sectors: [Sector.COMMUNITY_GROUP, Sector.VOLUNTARY_SECTOR],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: at('Sharrow, Sheffield', 53.368, -1.48),
      roles: [['priya', NetworkRole.DELEGATE]],
    },
    {
      key: 'darnall-digital',
      name: 'Darnall Digital Inclusion Partnership',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'Recycled laptops, free data and patient digital champions, so nobody in the east of the city is shut out of benefits, school or the doctor for want of a device.',
      values: 'Patience over speed. Ask, don’t assume. Technology serves people, not the other way round.',
      themes: ['digital inclusion', 'access to services', 'older people'],
      sectors: [Sector.VOLUNTARY_SECTOR, Sector.BUSINESS, Sector.PUBLIC_SECTOR],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.ACTIVE,
      area: at('Darnall, Sheffield', 53.387, -1.412),
      roles: [['alex', NetworkRole.MEMBER]],
    },
    {
      key: 'kelham-makers',
      name: 'Kelham Makers Co-operative',
      kind: NetworkKind.ORGANISATION,
      facilitator: 'connor',
      purpose:
        'A workers’ co-operative of makers and small manufacturers sharing tools, apprentices and orders, carrying on the city’s making tradition.',
      values: 'Owned by those who do the work. Apprentices are the future, so we pay them properly.',
      themes: ['co-operatives', 'employment', 'local economy'],
      sectors: [Sector.BUSINESS, Sector.SOCIAL_ENTERPRISE],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.SUSTAINING,
      area: at('Kelham Island, Sheffield', 53.389, -1.47),
    },
    {
      key: 'sheffield-public-forum',
      name: 'Sheffield Community Public Services Forum',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'Council officers, NHS teams, police community officers and housing staff who work in neighbourhoods, learning to work with networks rather than around them.',
      values: 'Public servants are neighbours too. Let go of control; hold on to responsibility.',
      themes: ['public service reform', 'relational practice', 'community power'],
      sectors: [Sector.PUBLIC_SECTOR],
      scope: NetworkScope.LOCAL,
      stage: LifecycleStage.ACTIVE,
      area: at('Sheffield Town Hall', 53.3806, -1.4702),
    },
    {
      key: 'heeley-climate',
      name: 'Heeley Climate Action',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'Streets insulating together, a repair café and a community energy share offer, now handing over to the new city-wide climate network.',
      values: 'Start where you live. Climate action has to be fair to people on low incomes.',
      themes: ['climate', 'energy', 'repair'],
      sectors: [Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NEIGHBOURHOOD,
      stage: LifecycleStage.TRANSITIONING,
      area: at('Heeley, Sheffield', 53.36, -1.47),
    },
    {
      key: 'relational-evaluation-lab',
      name: 'Yorkshire Relational Evaluation Lab',
      kind: NetworkKind.NETWORK,
      facilitator: 'connor',
      purpose:
        'Researchers and community evaluators developing ways to show the value of relationships: tie mapping, stories of change and light-touch measures funders can trust.',
      values: 'Measure what matters, with the people it matters to. Evidence is co-owned.',
      themes: ['evaluation', 'relational impact', 'research'],
      sectors: [Sector.ACADEMIA, Sector.LIVED_EXPERIENCE],
      scope: NetworkScope.REGIONAL,
      stage: LifecycleStage.FORMING,
      area: at('Sheffield', 53.3814, -1.4882),
    },
  ],
  ties: [
    // Sheffield belongs to the national coalition and, through the alliance, to the northern one too.
    { member: 'sheffield-connected', parent: 'weaving-together' },
    { member: 'sheffield-connected', parent: 'northern-alliance' },
    { member: 'burngreave-network', parent: 'sheffield-connected' },
    { member: 'sanctuary-circle', parent: 'sheffield-connected' },
    { member: 'sharrow-food', parent: 'sheffield-connected' },
    { member: 'darnall-digital', parent: 'sheffield-connected' },
    { member: 'kelham-makers', parent: 'sheffield-connected', tieType: TieType.PARTNER },
    { member: 'sheffield-public-forum', parent: 'sheffield-connected' },
    { member: 'heeley-climate', parent: 'sheffield-connected' },
    { member: 'heeley-climate', parent: 'northern-alliance', tieType: TieType.OBSERVER },
    { member: 'relational-evaluation-lab', parent: 'relational-learning', tieType: TieType.PARTNER },
    // Faith has invited the lab into the national coalition; Connor has yet to answer.
    { member: 'relational-evaluation-lab', parent: 'weaving-together', tieType: TieType.PARTNER, pending: true },
  ],
};
