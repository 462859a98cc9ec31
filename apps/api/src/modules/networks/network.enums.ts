import { registerEnumType } from '@nestjs/graphql';

// Database values are the lower-case names; GraphQL shows the upper-case keys.
export enum NetworkKind {
  COALITION = 'coalition',
  NETWORK = 'network',
  ORGANISATION = 'organisation',
}

export enum Sector {
  COMMUNITY_GROUP = 'community_group',
  VOLUNTARY_SECTOR = 'voluntary_sector',
  SOCIAL_ENTERPRISE = 'social_enterprise',
  BUSINESS = 'business',
  PUBLIC_SECTOR = 'public_sector',
  ACADEMIA = 'academia',
  LIVED_EXPERIENCE = 'lived_experience',
  FUNDER = 'funder',
}

export enum NetworkScope {
  NEIGHBOURHOOD = 'neighbourhood',
  LOCAL = 'local',
  REGIONAL = 'regional',
  NATIONAL = 'national',
  INTERNATIONAL = 'international',
}

export enum LifecycleStage {
  FORMING = 'forming',
  ACTIVE = 'active',
  SUSTAINING = 'sustaining',
  TRANSITIONING = 'transitioning',
  CLOSED = 'closed',
}

/** The UK nations and the nine English regions (the local place stays free text: `place_name`). */
export enum Region {
  ENGLAND = 'england',
  SCOTLAND = 'scotland',
  WALES = 'wales',
  NORTHERN_IRELAND = 'northern_ireland',
  NORTH_EAST = 'north_east',
  NORTH_WEST = 'north_west',
  YORKSHIRE_AND_THE_HUMBER = 'yorkshire_and_the_humber',
  EAST_MIDLANDS = 'east_midlands',
  WEST_MIDLANDS = 'west_midlands',
  EAST_OF_ENGLAND = 'east_of_england',
  LONDON = 'london',
  SOUTH_EAST = 'south_east',
  SOUTH_WEST = 'south_west',
}

export enum NetworkVisibility {
  PUBLIC = 'public',
  MEMBERS_ONLY = 'members_only',
}

export enum NetworkSort {
  RELEVANCE = 'relevance',
  NAME = 'name',
  NEWEST = 'newest',
  SIZE = 'size',
}

/** Roles a person can hold in a network. */
export enum NetworkRole {
  FACILITATOR = 'facilitator',
  CONVENER = 'convener',
  MEMBER = 'member',
  DELEGATE = 'delegate',
}

registerEnumType(NetworkKind, {
  name: 'NetworkKind',
  description: 'A coalition gathers networks; a network gathers people or organisations.',
});
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(NetworkScope, { name: 'NetworkScope', description: 'How far a network reaches.' });
registerEnumType(LifecycleStage, { name: 'LifecycleStage' });
registerEnumType(Region, { name: 'Region', description: 'A UK nation or one of the nine English regions.' });
registerEnumType(NetworkVisibility, {
  name: 'NetworkVisibility',
  description: 'MEMBERS_ONLY networks are invisible to everyone outside them.',
});
registerEnumType(NetworkSort, { name: 'NetworkSort' });
registerEnumType(NetworkRole, { name: 'NetworkRole' });
