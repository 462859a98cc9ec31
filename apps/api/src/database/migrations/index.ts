import { Connections1796820000000 } from './1796820000000-connections.js';
import { Feedback1796840000000 } from './1796840000000-feedback.js';
import { ImpactPublications1796850000000 } from './1796850000000-impact-publications.js';
import { ImpactPublicationsDirectoryVersion1796990000000 } from './1796990000000-impact-publications-directory-version.js';
import { SlotRules1796870000000 } from './1796870000000-slot-rules.js';
import { RegionCodes1796880000000 } from './1796880000000-region-codes.js';
import { AsksOffers1796830000000 } from './1796830000000-asks-offers.js';
import { CheckIns1796810000000 } from './1796810000000-check-ins.js';
import { NotificationDelivery1796575095717 } from './1796575095717-notification-delivery.js';
import { Conversations1796600000000 } from './1796600000000-conversations.js';
import { EmailVerification1796000000000 } from './1796000000000-email-verification.js';
import { OpenSpace1795443320847 } from './1795443320847-open-space.js';
import { OpenSpaceMove1795500000000 } from './1795500000000-open-space-move.js';
import { AuditEvents1796200000000 } from './1796200000000-audit-events.js';
import { Notifications1796300000000 } from './1796300000000-notifications.js';
import { Harvests1796400000000 } from './1796400000000-harvests.js';
import { SessionAttendance1796700000000 } from './1796700000000-session-attendance.js';
import { FollowUpInvitees1796700000001 } from './1796700000001-follow-up-invitees.js';
import { CoConveners1795436729750 } from './1795436729750-co-conveners.js';
import { DelegatePlaces1795436488909 } from './1795436488909-delegate-places.js';
import { SignInLinks1795436380187 } from './1795436380187-sign-in-links.js';
import { FollowUpInvitations1795436229749 } from './1795436229749-follow-up-invitations.js';
import { CalendarFeedToken1795435928634 } from './1795435928634-calendar-feed-token.js';
import { GatheringInvitations1795435685621 } from './1795435685621-gathering-invitations.js';
import { GatheringsAndRegistrations1795434734561 } from './1795434734561-gatherings-and-registrations.js';
import { NetworkClaims1795434211728 } from './1795434211728-network-claims.js';
import { AccountsAndRoles1795431670817 } from './1795431670817-accounts-and-roles.js';
import { NetworksDirectory1795432955327 } from './1795432955327-networks-directory.js';
import { NetworkRolesAndLifecycle1795433384780 } from './1795433384780-network-roles-and-lifecycle.js';
import { DirectoryVersion1795437062063 } from './1795437062063-directory-version.js';
import { DirectoryVersionNotify1795440000000 } from './1795440000000-directory-version-notify.js';
// Every migration class, in order. TypeORM is given classes, not a glob, so the
// list works the same from ts-jest and from the compiled dist folder.
export const migrations: Function[] = [
  AccountsAndRoles1795431670817,
  NetworksDirectory1795432955327,
  NetworkRolesAndLifecycle1795433384780,
  NetworkClaims1795434211728,
  GatheringsAndRegistrations1795434734561,
  GatheringInvitations1795435685621,
  CalendarFeedToken1795435928634,
  FollowUpInvitations1795436229749,
  SignInLinks1795436380187,
  DelegatePlaces1795436488909,
  CoConveners1795436729750,
  DirectoryVersion1795437062063,
  DirectoryVersionNotify1795440000000,
  OpenSpace1795443320847,
  OpenSpaceMove1795500000000,
  EmailVerification1796000000000,
  AuditEvents1796200000000,
  Notifications1796300000000,
  Harvests1796400000000,
  NotificationDelivery1796575095717,
  Conversations1796600000000,
  SessionAttendance1796700000000,
  FollowUpInvitees1796700000001,
  CheckIns1796810000000,
  Connections1796820000000,
  AsksOffers1796830000000,
  Feedback1796840000000,
  ImpactPublications1796850000000,
  SlotRules1796870000000,
  RegionCodes1796880000000,
  ImpactPublicationsDirectoryVersion1796990000000,
];
