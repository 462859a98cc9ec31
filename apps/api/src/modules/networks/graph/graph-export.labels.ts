import type { Locale } from '../../../common/locales.js';
import { NetworkKind, Sector } from '../network.enums.js';
import { TieType } from '../ties/network-membership.entity.js';

// The words a person reads in a graph file, in English and Welsh (the web app's words for the same codes).

export interface GraphExportLabels {
  kind: Record<NetworkKind, string>;
  sector: Record<Sector, string>;
  tieType: Record<TieType, string>;
  yes: string;
  no: string;
}

export const GRAPH_EXPORT_LABELS: Record<Locale, GraphExportLabels> = {
  en: {
    kind: { [NetworkKind.COALITION]: 'Coalition', [NetworkKind.NETWORK]: 'Network', [NetworkKind.ORGANISATION]: 'Organisation' },
    sector: {
      [Sector.ACADEMIA]: 'Universities and research',
      [Sector.BUSINESS]: 'Business',
      [Sector.COMMUNITY_GROUP]: 'Community group',
      [Sector.FUNDER]: 'Funder',
      [Sector.LIVED_EXPERIENCE]: 'Lived experience',
      [Sector.PUBLIC_SECTOR]: 'Public sector',
      [Sector.SOCIAL_ENTERPRISE]: 'Social enterprise',
      [Sector.VOLUNTARY_SECTOR]: 'Voluntary sector',
    },
    tieType: { [TieType.MEMBER]: 'Member', [TieType.PARTNER]: 'Partner', [TieType.OBSERVER]: 'Observer' },
    yes: 'yes',
    no: 'no',
  },
  cy: {
    kind: { [NetworkKind.COALITION]: 'Cynghrair', [NetworkKind.NETWORK]: 'Rhwydwaith', [NetworkKind.ORGANISATION]: 'Sefydliad' },
    sector: {
      [Sector.ACADEMIA]: 'Prifysgolion ac ymchwil',
      [Sector.BUSINESS]: 'Busnes',
      [Sector.COMMUNITY_GROUP]: 'Grŵp cymunedol',
      [Sector.FUNDER]: 'Cyllidwr',
      [Sector.LIVED_EXPERIENCE]: 'Profiad bywyd',
      [Sector.PUBLIC_SECTOR]: 'Sector cyhoeddus',
      [Sector.SOCIAL_ENTERPRISE]: 'Menter gymdeithasol',
      [Sector.VOLUNTARY_SECTOR]: 'Sector gwirfoddol',
    },
    tieType: { [TieType.MEMBER]: 'Aelod', [TieType.PARTNER]: 'Partner', [TieType.OBSERVER]: 'Sylwedydd' },
    yes: 'ydy',
    no: 'nac ydy',
  },
};
