import type { Locale } from '../../common/locales.js';
import { LifecycleStage, NetworkKind, NetworkScope, Region, Sector } from './network.enums.js';
import { TieType } from './ties/network-membership.entity.js';

// What a person reads for each enum value, in English and Welsh, where the API writes text itself
// (the directory's CSV, the map's files). The web app has the same words in its locales (apps/web/src/i18n/locales).

interface Labels {
  kinds: Record<NetworkKind, string>;
  sectors: Record<Sector, string>;
  regions: Record<Region, string>;
  scopes: Record<NetworkScope, string>;
  stages: Record<LifecycleStage, string>;
  tieTypes: Record<TieType, string>;
  yes: string;
  no: string;
}

export const NETWORK_LABELS: Record<Locale, Labels> = {
  en: {
    kinds: { [NetworkKind.COALITION]: 'Coalition', [NetworkKind.NETWORK]: 'Network', [NetworkKind.ORGANISATION]: 'Organisation' },
    sectors: {
      [Sector.COMMUNITY_GROUP]: 'Community group',
      [Sector.VOLUNTARY_SECTOR]: 'Voluntary sector',
      [Sector.SOCIAL_ENTERPRISE]: 'Social enterprise',
      [Sector.BUSINESS]: 'Business',
      [Sector.PUBLIC_SECTOR]: 'Public sector',
      [Sector.ACADEMIA]: 'Universities and research',
      [Sector.LIVED_EXPERIENCE]: 'Lived experience',
      [Sector.FUNDER]: 'Funder',
    },
    regions: {
      [Region.ENGLAND]: 'England',
      [Region.SCOTLAND]: 'Scotland',
      [Region.WALES]: 'Wales',
      [Region.NORTHERN_IRELAND]: 'Northern Ireland',
      [Region.NORTH_EAST]: 'North East England',
      [Region.NORTH_WEST]: 'North West England',
      [Region.YORKSHIRE_AND_THE_HUMBER]: 'Yorkshire and the Humber',
      [Region.EAST_MIDLANDS]: 'East Midlands',
      [Region.WEST_MIDLANDS]: 'West Midlands',
      [Region.EAST_OF_ENGLAND]: 'East of England',
      [Region.LONDON]: 'London',
      [Region.SOUTH_EAST]: 'South East England',
      [Region.SOUTH_WEST]: 'South West England',
    },
    scopes: {
      [NetworkScope.NEIGHBOURHOOD]: 'Neighbourhood',
      [NetworkScope.LOCAL]: 'Local',
      [NetworkScope.REGIONAL]: 'Regional',
      [NetworkScope.NATIONAL]: 'National',
      [NetworkScope.INTERNATIONAL]: 'International',
    },
    stages: {
      [LifecycleStage.FORMING]: 'Forming',
      [LifecycleStage.ACTIVE]: 'Active',
      [LifecycleStage.SUSTAINING]: 'Sustaining',
      [LifecycleStage.TRANSITIONING]: 'Changing shape',
      [LifecycleStage.CLOSED]: 'Closed',
    },
    tieTypes: { [TieType.MEMBER]: 'Member', [TieType.PARTNER]: 'Partner', [TieType.OBSERVER]: 'Observer' },
    yes: 'yes',
    no: 'no',
  },
  cy: {
    kinds: { [NetworkKind.COALITION]: 'Cynghrair', [NetworkKind.NETWORK]: 'Rhwydwaith', [NetworkKind.ORGANISATION]: 'Sefydliad' },
    sectors: {
      [Sector.COMMUNITY_GROUP]: 'Grŵp cymunedol',
      [Sector.VOLUNTARY_SECTOR]: 'Sector gwirfoddol',
      [Sector.SOCIAL_ENTERPRISE]: 'Menter gymdeithasol',
      [Sector.BUSINESS]: 'Busnes',
      [Sector.PUBLIC_SECTOR]: 'Sector cyhoeddus',
      [Sector.ACADEMIA]: 'Prifysgolion ac ymchwil',
      [Sector.LIVED_EXPERIENCE]: 'Profiad bywyd',
      [Sector.FUNDER]: 'Cyllidwr',
    },
    regions: {
      [Region.ENGLAND]: 'Lloegr',
      [Region.SCOTLAND]: 'Yr Alban',
      [Region.WALES]: 'Cymru',
      [Region.NORTHERN_IRELAND]: 'Gogledd Iwerddon',
      [Region.NORTH_EAST]: 'Gogledd-ddwyrain Lloegr',
      [Region.NORTH_WEST]: 'Gogledd-orllewin Lloegr',
      [Region.YORKSHIRE_AND_THE_HUMBER]: "Swydd Efrog a'r Humber",
      [Region.EAST_MIDLANDS]: 'Dwyrain Canolbarth Lloegr',
      [Region.WEST_MIDLANDS]: 'Gorllewin Canolbarth Lloegr',
      [Region.EAST_OF_ENGLAND]: 'Dwyrain Lloegr',
      [Region.LONDON]: 'Llundain',
      [Region.SOUTH_EAST]: 'De-ddwyrain Lloegr',
      [Region.SOUTH_WEST]: 'De-orllewin Lloegr',
    },
    scopes: {
      [NetworkScope.NEIGHBOURHOOD]: 'Cymdogaeth',
      [NetworkScope.LOCAL]: 'Lleol',
      [NetworkScope.REGIONAL]: 'Rhanbarthol',
      [NetworkScope.NATIONAL]: 'Cenedlaethol',
      [NetworkScope.INTERNATIONAL]: 'Rhyngwladol',
    },
    stages: {
      [LifecycleStage.FORMING]: 'Yn ffurfio',
      [LifecycleStage.ACTIVE]: 'Gweithredol',
      [LifecycleStage.SUSTAINING]: 'Yn cynnal',
      [LifecycleStage.TRANSITIONING]: 'Yn newid siâp',
      [LifecycleStage.CLOSED]: 'Wedi cau',
    },
    tieTypes: { [TieType.MEMBER]: 'Aelod', [TieType.PARTNER]: 'Partner', [TieType.OBSERVER]: 'Sylwedydd' },
    yes: 'ydy',
    no: 'nac ydy',
  },
};
