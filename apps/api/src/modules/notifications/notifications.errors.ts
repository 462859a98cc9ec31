import { AppError, assertUnreachable, badUserInput, notFound } from '../../common/errors/app-error.js';

export enum NotificationsError {
  UnsubscribeLinkInvalid = 'UnsubscribeLinkInvalid',
  NotificationNotFound = 'NotificationNotFound',
  BadInboxCursor = 'BadInboxCursor',
}

/** The error for a person, with `extensions.reason` naming the case. */
export function notificationsError(error: NotificationsError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: NotificationsError): AppError {
  switch (error) {
    case NotificationsError.UnsubscribeLinkInvalid:
      return new AppError('NOT_FOUND', 'This unsubscribe link does not work. Choose which emails you get in your account settings.');
    case NotificationsError.NotificationNotFound:
      return notFound('notification');
    case NotificationsError.BadInboxCursor:
      return badUserInput({ after: 'This cursor is not one we gave out. Start again from the first page.' });
    default:
      return assertUnreachable(error);
  }
}
