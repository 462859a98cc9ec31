import type { TieType } from '../../modules/networks/ties/network-membership.entity.js';
import type {
  LifecycleStage,
  NetworkKind,
  NetworkRole,
  NetworkScope,
  NetworkVisibility,
  Region,
  Sector,
} from '../../modules/networks/network.enums.js';

/** Demo people who hold roles in the demo networks (the funder holds none). */
export type DemoPersonKey = 'alex' | 'faith' | 'connor' | 'priya';

export interface DemoArea {
  placeName: string;
  region: Region;
  latitude: number;
  longitude: number;
}

export interface DemoNetwork {
  /** How ties and roles refer to this network inside the demo data. */
  key: string;
  name: string;
  kind: NetworkKind;
  /** Registers the network, so becomes its first facilitator. */
  facilitator: DemoPersonKey;
  purpose: string;
  values: string;
  description?: string;
  themes: string[];
  sectors: Sector[];
  scope: NetworkScope;
  stage: Exclude<LifecycleStage, LifecycleStage.CLOSED>;
  area: DemoArea;
  visibility?: NetworkVisibility;
  website?: string;
  contact?: string;
  /** Extra roles beyond the registering facilitator. */
  roles?: [DemoPersonKey, NetworkRole][];
  /** Closed after loading, with this note (its legacy). */
  closingNote?: string;
}

/** `member` belongs to `parent`: proposed by the parent's facilitator, answered by the member's. */
export interface DemoTie {
  member: string;
  parent: string;
  tieType?: TieType;
  /** Left waiting for the member's answer, so there is a handshake to show. */
  pending?: boolean;
  /** Ended after it was made (kept in history). */
  ended?: boolean;
}

export interface DemoAreaData {
  networks: DemoNetwork[];
  ties: DemoTie[];
}
