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
  /** Someone says they met you at a gathering and asks you to confirm. */
  CONNECTION_PROPOSED = 'connection_proposed',
  /** Someone confirmed that you met. */
  CONNECTION_CONFIRMED = 'connection_confirmed',
  /** An offer matches your ask, or an ask matches your offer. */
  MATCH_FOUND = 'match_found',
  /** A gathering you took part in asks for your feedback. */
  FEEDBACK_REQUESTED = 'feedback_requested',
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
  CONNECTION = 'connection',
  ASK = 'ask',
  OFFER = 'offer',
  FEEDBACK = 'feedback',
}

/** How a person hears of one kind of notification. */
export enum NotificationDelivery {
  /** In the inbox only. */
  IN_APP = 'in_app',
  /** In the inbox and by email at once. */
  EMAIL = 'email',
  /** In the inbox and in one email a day with everything else waiting. */
  DIGEST = 'digest',
  /** Not at all. */
  OFF = 'off',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification tells someone about.' });
registerEnumType(NotificationSubject, { name: 'NotificationSubject', description: 'What kind of thing a notification is about.' });
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a person hears of a kind of notification: in the app only, by email at once, in a daily digest, or not at all.',
});
