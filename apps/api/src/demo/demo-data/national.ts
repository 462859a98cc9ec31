import { TieType } from '../../modules/networks/ties/network-membership.entity.js';
import { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, Region, Sector } from '../../modules/networks/network.enums.js';
import type { DemoAreaData } from './types.js';

// UK-wide networks, and the coalition the four local areas belong to.
export const national: DemoAreaData = {
  networks: [
    {
      key: 'weaving-together',
      name: 'Weaving Together UK',
      kind: NetworkKind.COALITION,
      facilitator: 'faith',
      purpose:
        'A coalition of relationship-centred networks across the four nations. We convene open-space gatherings, share what works in weaving communities together, and make the case to funders and government that relationships are infrastructure.',
      values:
        'Relationships before projects. Everyone has something to give. We hold the end in mind: networks are for change, and may close when the change is made. We share power, credit and learning.',
      description: 'Started in 2019 after a gathering of 40 networks in Birmingham; now meets twice a year in person and monthly online.',
      themes: ['network weaving', 'relational practice', 'community power', 'place-based change'],
      sectors: [Sector.VOLUNTARY_SECTOR, Sector.COMMUNITY_GROUP, Sector.PUBLIC_SECTOR, Sector.FUNDER],
      scope: NetworkScope.NATIONAL,
      stage: LifecycleStage.SUSTAINING,
      area: { placeName: 'Birmingham', region: Region.WEST_MIDLANDS, latitude: 52.4862, longitude: -1.8904 },
      website: 'https://weaving-together.example.org',
      contact: 'hello@weaving-together.example.org',
      roles: [
        ['connor', NetworkRole.CONVENER],
        ['priya', NetworkRole.DELEGATE],
        ['alex', NetworkRole.MEMBER],
      ],
    },
    {
      key: 'northern-alliance',
      name: 'Northern Community Networks Alliance',
      kind: NetworkKind.COALITION,
      facilitator: 'connor',
      purpose:
        'Brings together neighbourhood and city networks across the North of England to learn from each other, share convening skills and speak together on regional devolution.',
      values: 'Northern voices, northern solutions. Peer learning over expertise. Small groups count as much as big charities.',
      themes: ['devolution', 'peer learning', 'network weaving'],
      sectors: [Sector.VOLUNTARY_SECTOR, Sector.COMMUNITY_GROUP],
      scope: NetworkScope.REGIONAL,
      stage: LifecycleStage.ACTIVE,
      area: { placeName: 'Leeds', region: Region.YORKSHIRE_AND_THE_HUMBER, latitude: 53.8008, longitude: -1.5491 },
      roles: [['faith', NetworkRole.MEMBER]],
    },
    {
      key: 'relational-learning',
      name: 'Relational Practice Learning Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'A learning network for community organisers, network weavers and public servants who want to work relationally: action-learning sets, a reading circle and an annual open-space gathering.',
      values: 'Curiosity, candour and care. We learn in public and share our failures as well as our wins.',
      themes: ['relational practice', 'action learning', 'community organising'],
      sectors: [Sector.VOLUNTARY_SECTOR, Sector.PUBLIC_SECTOR, Sector.ACADEMIA],
      scope: NetworkScope.NATIONAL,
      stage: LifecycleStage.ACTIVE,
      area: { placeName: 'Manchester', region: Region.NORTH_WEST, latitude: 53.4808, longitude: -2.2426 },
      roles: [['connor', NetworkRole.MEMBER]],
    },
    {
      key: 'relational-funders',
      name: 'Funders for Relational Change',
      kind: NetworkKind.NETWORK,
      facilitator: 'faith',
      purpose:
        'Trusts, foundations and public funders learning how to fund relationships and networks rather than only projects, and how to see the value of the ties they help to make.',
      values: 'Trust-based funding. Light-touch reporting. Funders listen first and share the risk.',
      themes: ['funding', 'relational impact', 'evaluation'],
      sectors: [Sector.FUNDER, Sector.PUBLIC_SECTOR],
      scope: NetworkScope.NATIONAL,
      stage: LifecycleStage.FORMING,
      area: { placeName: 'London', region: Region.LONDON, latitude: 51.5072, longitude: -0.1276 },
    },
    {
      key: 'lived-experience',
      name: 'Lived Experience Leadership Network',
      kind: NetworkKind.NETWORK,
      facilitator: 'priya',
      purpose:
        'People with lived experience of poverty, care, migration and the benefits system, leading change in the services and networks that affect them, and paid for their time.',
      values: 'Nothing about us without us. Coproduction, not consultation. We look after each other first.',
      themes: ['coproduction', 'lived experience', 'poverty'],
      sectors: [Sector.LIVED_EXPERIENCE, Sector.COMMUNITY_GROUP],
      scope: NetworkScope.NATIONAL,
      stage: LifecycleStage.ACTIVE,
      area: { placeName: 'Bristol', region: Region.SOUTH_WEST, latitude: 51.4545, longitude: -2.5879 },
      roles: [['faith', NetworkRole.MEMBER]],
    },
  ],
  ties: [
    { member: 'northern-alliance', parent: 'weaving-together' },
    { member: 'relational-learning', parent: 'weaving-together', tieType: TieType.PARTNER },
    { member: 'relational-funders', parent: 'weaving-together', tieType: TieType.OBSERVER },
    { member: 'lived-experience', parent: 'weaving-together' },
  ],
};
