import { registerEnumType } from '@nestjs/graphql';

/** What a notification tells someone about. Preferences are kept per kind. */
export enum NotificationKind {
  REGISTRATION_CONFIRMED = 'registration_confirmed',
  REGISTRATION_CHANGED = 'registration_changed',
  REGISTRATION_WAITLISTED = 'registration_waitlisted',
  REGISTRATION_PROMOTED = 'registration_promoted',
  REGISTRATION_APPROVED = 'registration_approved',
  ROLE_INVITATION = 'role_invitation',
  CO_CONVENE_INVITATION = 'co_convene_invitation',
  TIE_PROPOSED = 'tie_proposed',
  TIE_ANSWERED = 'tie_answered',
  /** Someone replied to your post. */
  REPLY = 'reply',
  /** Someone @mentioned you, or a network you hold a role in. */
  MENTION = 'mention',
  /** A new post in a conversation you follow. */
  CONVERSATION_POST = 'conversation_post',
  ACTION_GIVEN = 'action_given',
  ACTION_DUE_SOON = 'action_due_soon',
  HARVEST_PUBLISHED = 'harvest_published',
  FOLLOW_UP_ANNOUNCED = 'follow_up_announced',
}

/** What a notification is about; the web links each to its page. */
export enum NotificationSubject {
  GATHERING = 'gathering',
  REGISTRATION = 'registration',
  NETWORK = 'network',
  TIE = 'tie',
  CONVERSATION = 'conversation',
  POST = 'post',
  ACTION = 'action',
  HARVEST = 'harvest',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification tells someone about.' });
registerEnumType(NotificationSubject, { name: 'NotificationSubject', description: 'What kind of thing a notification is about.' });
