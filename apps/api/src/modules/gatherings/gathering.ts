import type { AccessFeature, GatheringFormat, GatheringStatus, RegistrationMode, RegistrationStatus } from './gathering.enums.js';

// Rows of the gatherings module's tables as its code and its callers see them
// (the generated row types, with the enums the columns hold).

export interface Gathering {
  id: string;
  slug: string;
  title: string;
  purpose: string;
  format: GatheringFormat;
  venue: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  capacity: number | null;
  /** Places taken (REGISTERED, whether or not they checked in); changed only under the gathering's row lock. */
  registeredCount: number;
  registrationMode: RegistrationMode;
  accessFeatures: AccessFeature[];
  accessNotes: string;
  status: GatheringStatus;
  followUpOfId: string | null;
  participantsInvitedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Registration {
  id: string;
  gatheringId: string;
  personId: string;
  status: RegistrationStatus;
  arrival: string;
  representingNetworkIds: string[];
  delegateForNetworkId: string | null;
  invitationId: string | null;
  accessNeeds: string | null;
  shareAccessNeeds: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface GatheringInvitation {
  id: string;
  gatheringId: string;
  code: string;
  issuedById: string;
  networkId: string | null;
  parentId: string | null;
  email: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}
