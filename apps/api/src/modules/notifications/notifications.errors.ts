import { AppError, assertUnreachable } from '../../common/errors/app-error.js';

export enum NotificationsError {
  UnsubscribeLinkInvalid = 'UnsubscribeLinkInvalid',
}

/** The error for a person, with `extensions.reason` naming the case (see open-space.errors.ts). */
export function notificationsError(error: NotificationsError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: NotificationsError): AppError {
  switch (error) {
    case NotificationsError.UnsubscribeLinkInvalid:
      return new AppError('NOT_FOUND', 'This unsubscribe link does not work. Choose which emails you get in your account settings.');
    default:
      return assertUnreachable(error);
  }
}
