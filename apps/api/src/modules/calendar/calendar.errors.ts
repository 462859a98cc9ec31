import { AppError, assertUnreachable } from '../../common/errors/app-error.js';

export enum CalendarError {
  FeedLinkInactive = 'FeedLinkInactive',
}

/** The error for a person, with `extensions.reason` naming the case (see open-space.errors.ts). */
export function calendarError(error: CalendarError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: CalendarError): AppError {
  switch (error) {
    case CalendarError.FeedLinkInactive:
      return new AppError('NOT_FOUND', 'This calendar link is not active. Make a new one from your gatherings page.');
    default:
      return assertUnreachable(error);
  }
}
