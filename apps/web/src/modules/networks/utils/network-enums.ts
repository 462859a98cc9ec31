import type { TFunction } from 'i18next';
import type {
  LifecycleStage,
  MembershipStatus,
  NetworkKind,
  NetworkRole,
  NetworkScope,
  NetworkSort,
  NetworkVisibility,
  Region,
  Sector,
  TieType,
} from '../../../gql/graphql';

// The schema's enums as runtime lists, in the order people should see them.
export const NETWORK_KINDS = ['COALITION', 'NETWORK', 'ORGANISATION'] as const satisfies readonly NetworkKind[];
export const SECTORS = [
  'COMMUNITY_GROUP',
  'VOLUNTARY_SECTOR',
  'SOCIAL_ENTERPRISE',
  'PUBLIC_SECTOR',
  'BUSINESS',
  'FUNDER',
  'ACADEMIA',
  'LIVED_EXPERIENCE',
] as const satisfies readonly Sector[];
export const SCOPES = ['NEIGHBOURHOOD', 'LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL'] as const satisfies readonly NetworkScope[];
export const LIFECYCLE_STAGES = ['FORMING', 'ACTIVE', 'SUSTAINING', 'TRANSITIONING', 'CLOSED'] as const satisfies readonly LifecycleStage[];
export const REGIONS = [
  'ENGLAND',
  'NORTHERN_IRELAND',
  'SCOTLAND',
  'WALES',
  'NORTH_EAST',
  'NORTH_WEST',
  'YORKSHIRE_AND_THE_HUMBER',
  'EAST_MIDLANDS',
  'WEST_MIDLANDS',
  'EAST_OF_ENGLAND',
  'LONDON',
  'SOUTH_EAST',
  'SOUTH_WEST',
] as const satisfies readonly Region[];
export const VISIBILITIES = ['PUBLIC', 'MEMBERS_ONLY'] as const satisfies readonly NetworkVisibility[];
export const ROLES = ['FACILITATOR', 'CONVENER', 'DELEGATE', 'MEMBER'] as const satisfies readonly NetworkRole[];
export const TIE_TYPES = ['MEMBER', 'PARTNER', 'OBSERVER'] as const satisfies readonly TieType[];
// Closing has its own step, with a closing note.
export const OPEN_STAGES = ['FORMING', 'ACTIVE', 'SUSTAINING', 'TRANSITIONING'] as const satisfies readonly LifecycleStage[];
export const SORTS = ['RELEVANCE', 'NAME', 'NEWEST', 'SIZE'] as const satisfies readonly NetworkSort[];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export const isNetworkKind = isOneOf<NetworkKind>(NETWORK_KINDS);
export const isSector = isOneOf<Sector>(SECTORS);
export const isNetworkScope = isOneOf<NetworkScope>(SCOPES);
export const isLifecycleStage = isOneOf<LifecycleStage>(LIFECYCLE_STAGES);
export const isRegion = isOneOf<Region>(REGIONS);
export const isNetworkSort = isOneOf<NetworkSort>(SORTS);
export const isNetworkRole = isOneOf<NetworkRole>(ROLES);
export const isTieType = isOneOf<TieType>(TIE_TYPES);
export const isOpenStage = isOneOf<LifecycleStage>(OPEN_STAGES);

/** Human labels for enum values (the API sends enum names such as VOLUNTARY_SECTOR). */
export const kindLabel = (t: TFunction<'networks'>, kind: NetworkKind) => t(`networks.kinds.${kind}.label`);
export const kindHint = (t: TFunction<'networks'>, kind: NetworkKind) => t(`networks.kinds.${kind}.hint`);
export const sectorLabel = (t: TFunction<'networks'>, sector: Sector) => t(`networks.sectors.${sector}`);
export const scopeLabel = (t: TFunction<'networks'>, scope: NetworkScope) => t(`networks.scopes.${scope}`);
export const regionLabel = (t: TFunction<'networks'>, region: Region) => t(`networks.regions.${region}`);
export const stageLabel = (t: TFunction<'networks'>, stage: LifecycleStage) => t(`networks.stages.${stage}`);
export const visibilityLabel = (t: TFunction<'networks'>, visibility: NetworkVisibility) => t(`networks.visibilities.${visibility}.label`);
export const visibilityHint = (t: TFunction<'networks'>, visibility: NetworkVisibility) => t(`networks.visibilities.${visibility}.hint`);
export const sortLabel = (t: TFunction<'networks'>, sort: NetworkSort) => t(`networks.sorts.${sort}`);
export const roleLabel = (t: TFunction<'networks'>, role: NetworkRole) => t(`networks.roles.${role}.label`);
export const roleHint = (t: TFunction<'networks'>, role: NetworkRole) => t(`networks.roles.${role}.hint`);
export const tieTypeLabel = (t: TFunction<'networks'>, tieType: TieType) => t(`networks.tieTypes.${tieType}.label`);
export const tieTypeHint = (t: TFunction<'networks'>, tieType: TieType) => t(`networks.tieTypes.${tieType}.hint`);
export const membershipStatusLabel = (t: TFunction<'networks'>, status: MembershipStatus) => t(`networks.membershipStatuses.${status}`);
