import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum ConversationsError {
  /** Also what someone who may not read a conversation is told: whether it exists is not theirs to learn. */
  ConversationNotFound = 'ConversationNotFound',
  PostNotFound = 'PostNotFound',
  /** A gathering, session or network to attach to that does not exist or the viewer may not see. */
  AttachmentNotFound = 'AttachmentNotFound',
  /** A person or network to mention that does not exist or the viewer may not see. */
  MentionNotFound = 'MentionNotFound',
  InvitationNotFound = 'InvitationNotFound',
  NotTakingPart = 'NotTakingPart',
  ConvenersOnly = 'ConvenersOnly',
  Locked = 'Locked',
  NotPostAuthor = 'NotPostAuthor',
  NotModerator = 'NotModerator',
  PostDeleted = 'PostDeleted',
  PostHidden = 'PostHidden',
  ReplyToDeleted = 'ReplyToDeleted',
  OneAttachment = 'OneAttachment',
  /** An introduction between an ask and an offer stays with the people of its two sides. */
  PrivateIntroduction = 'PrivateIntroduction',
}

/** The error for a person, with `extensions.reason` naming the case for clients to say in their own words. */
export function conversationsError(error: ConversationsError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: ConversationsError): AppError {
  switch (error) {
    case ConversationsError.ConversationNotFound:
      return notFound('conversation');
    case ConversationsError.PostNotFound:
      return notFound('post');
    case ConversationsError.AttachmentNotFound:
      return notFound('gathering, session or network');
    case ConversationsError.MentionNotFound:
      return badUserInput(
        { mentions: 'Choose the people and networks to mention from the list.' },
        'We could not find someone you mentioned.',
      );
    case ConversationsError.InvitationNotFound:
      return notFound('invitation');
    case ConversationsError.NotTakingPart:
      return forbidden('Only the people taking part can start a conversation here. Ask one of them for an invitation link.');
    case ConversationsError.ConvenersOnly:
      return forbidden('Only the gathering’s conveners can seed its conversations.');
    case ConversationsError.Locked:
      return conflict('This conversation is locked: it can be read but not added to.');
    case ConversationsError.NotPostAuthor:
      return forbidden('Only the person who wrote a post can change or delete it.');
    case ConversationsError.NotModerator:
      return forbidden('Only the conveners or facilitators who lead here can moderate this conversation.');
    case ConversationsError.PostDeleted:
      return conflict('This post was deleted.');
    case ConversationsError.PostHidden:
      return conflict('A moderator hid this post, so it cannot be changed.');
    case ConversationsError.ReplyToDeleted:
      return conflict('That post was deleted, so it cannot be replied to. Reply to the conversation instead.');
    case ConversationsError.OneAttachment:
      return badUserInput({ gatheringId: 'Choose one gathering, session or network, or none for an open conversation.' });
    case ConversationsError.PrivateIntroduction:
      return forbidden('This introduction is private to the people of the ask and the offer, so it cannot be shared with a link.');
    default:
      return assertUnreachable(error);
  }
}
