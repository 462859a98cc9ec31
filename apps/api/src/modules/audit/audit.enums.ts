import { registerEnumType } from '@nestjs/graphql';

/** A consequential act, as the audit trail names it. */
export enum AuditAction {
  /** Someone was given a role (an invitation accepted, a co-convening accepted). */
  ROLE_GRANTED = 'role_granted',
  /** A role was ended (a facilitator removed someone, or someone stepped down). */
  ROLE_ENDED = 'role_ended',
  /** A role was handed over from one person to another. */
  ROLE_HANDED_OVER = 'role_handed_over',
  CLAIM_DECIDED = 'claim_decided',
  NETWORK_CLOSED = 'network_closed',
  REGISTRATION_DECIDED = 'registration_decided',
  EXPORT_DOWNLOADED = 'export_downloaded',
  /** A convener ticked someone in on the list (or corrected the record after the day). */
  CHECK_IN_TICKED = 'check_in_ticked',
  /** A convener took a check-in back, however it was made. */
  CHECK_IN_UNTICKED = 'check_in_unticked',
  /** For the moderation of posts, when conversations come (posts do not exist yet). */
  POST_HIDDEN = 'post_hidden',
}

/** What an audited act was done to. */
export enum AuditSubject {
  NETWORK = 'network',
  GATHERING = 'gathering',
  CLAIM = 'claim',
  REGISTRATION = 'registration',
  POST = 'post',
}

registerEnumType(AuditAction, { name: 'AuditAction', description: 'A consequential act recorded in the audit trail.' });
registerEnumType(AuditSubject, { name: 'AuditSubject', description: 'What kind of thing an audited act was done to.' });
