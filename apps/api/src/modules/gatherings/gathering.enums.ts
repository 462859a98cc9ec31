import { registerEnumType } from '@nestjs/graphql';

export enum GatheringFormat {
  IN_PERSON = 'in_person',
  ONLINE = 'online',
  HYBRID = 'hybrid',
}

export enum RegistrationMode {
  OPEN = 'open',
  INVITATION_ONLY = 'invitation_only',
  APPROVAL = 'approval',
}

export enum GatheringStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  LIVE = 'live',
  CLOSED = 'closed',
}

export enum RegistrationStatus {
  REGISTERED = 'registered',
  WAITLISTED = 'waitlisted',
  PENDING_APPROVAL = 'pending_approval',
  CANCELLED = 'cancelled',
  /**
   * Never stored: a REGISTERED person who checked in (check_ins is the one record of who came), so
   * the registrations list and its filter can say who came. The database refuses it (registrations_status_stored).
   */
  ATTENDED = 'attended',
}

/** How a person was checked in. */
export enum CheckInMethod {
  /** Themself, with the gathering's check-in code (the QR code at the door or on the board). */
  CODE = 'code',
  /** A convener ticked them in. */
  CONVENER = 'convener',
  /** They joined an online breakout room. */
  ONLINE_ROOM = 'online_room',
}

/** What a venue or session offers, so people know they can take part. */
export enum AccessFeature {
  STEP_FREE = 'step_free',
  HEARING_LOOP = 'hearing_loop',
  BSL = 'bsl',
  CAPTIONS = 'captions',
  QUIET_ROOM = 'quiet_room',
  CHILDCARE = 'childcare',
  ACCESSIBLE_TOILET = 'accessible_toilet',
  TRAVEL_SUPPORT = 'travel_support',
}

/** Roles a person can hold in a gathering (scope "gathering"). */
export enum GatheringRole {
  CONVENER = 'convener',
}

registerEnumType(GatheringFormat, { name: 'GatheringFormat' });
registerEnumType(RegistrationMode, {
  name: 'RegistrationMode',
  description: 'OPEN: anyone; INVITATION_ONLY: through an invitation link; APPROVAL: conveners approve each registration.',
});
registerEnumType(GatheringStatus, { name: 'GatheringStatus' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(AccessFeature, { name: 'AccessFeature' });
registerEnumType(CheckInMethod, {
  name: 'CheckInMethod',
  description:
    'CODE: themself with the check-in code (QR); CONVENER: ticked in by a convener; ONLINE_ROOM: joined an online breakout room.',
});
