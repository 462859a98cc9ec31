import { AppError, assertUnreachable, badUserInput, forbidden, notFound, unauthenticated, type FieldErrors } from './app-error.js';

/**
 * Reasons for the errors raised by the shared machinery in common/ (access,
 * validation, pagination, the request checks at the edge), as the features'
 * *.errors.ts name theirs. The web words each as errors.<Reason>.
 */
export enum CommonError {
  SignInRequired = 'SignInRequired',
  OperationClosed = 'OperationClosed',
  PlatformAdminsOnly = 'PlatformAdminsOnly',
  RoleRequired = 'RoleRequired',
  InvalidInput = 'InvalidInput',
  InvalidId = 'InvalidId',
  InvalidText = 'InvalidText',
  UnknownCursor = 'UnknownCursor',
  InvalidRequest = 'InvalidRequest',
  RequestTooLarge = 'RequestTooLarge',
  HeadersTooLarge = 'HeadersTooLarge',
  UseWebsocket = 'UseWebsocket',
  RouteNotFound = 'RouteNotFound',
  MethodNotAllowed = 'MethodNotAllowed',
  UnsupportedMediaType = 'UnsupportedMediaType',
}

export const INVALID_ID_MESSAGE =
  'This is not an id Weave gave out (ids look like 0c8f3a52-6d3e-…). Check the link, or start again from the page you came from.';

interface Details {
  /** The field the problem is in, for input errors (`fields[field]` carries the message). */
  field?: string;
  /** Field name → message, for the validation pipe's many fields. */
  fields?: FieldErrors;
  /** What the message names, e.g. the roles needed. */
  detail?: string;
  /** A message that says more than the default one. */
  message?: string;
}

/** The error for a person, with `extensions.reason` naming the case (and `detail` when given). */
export function commonError(error: CommonError, details: Details = {}): AppError {
  const appError = describe(error, details);
  Object.assign(appError.extensions, { reason: error }, details.detail === undefined ? {} : { detail: details.detail });
  return appError;
}

const inField = (field: string | undefined, message: string): AppError =>
  field ? badUserInput({ [field]: message }, message) : new AppError('BAD_USER_INPUT', message);

function describe(error: CommonError, { field, fields, message }: Details): AppError {
  switch (error) {
    case CommonError.SignInRequired:
      return unauthenticated(message);
    case CommonError.OperationClosed:
      return forbidden(message ?? 'This operation is not open to anyone.');
    case CommonError.PlatformAdminsOnly:
      return forbidden('Only platform admins can do that.');
    case CommonError.RoleRequired:
      return forbidden(message);
    case CommonError.InvalidInput:
      return badUserInput(fields ?? {}, message);
    case CommonError.InvalidId:
      return inField(field, INVALID_ID_MESSAGE);
    case CommonError.InvalidText:
      return inField(field, 'This contains a character Weave cannot store (a NUL byte or half of an emoji). Remove it and try again.');
    case CommonError.UnknownCursor:
      return badUserInput({ [field ?? 'after']: 'This cursor is not one we gave out. Start again from the first page.' });
    case CommonError.InvalidRequest:
      return inField(undefined, message ?? 'This request is not one Weave understands.');
    case CommonError.RequestTooLarge:
      return inField(field, message ?? 'This request is too large. Send less at once.');
    case CommonError.HeadersTooLarge:
      return inField(undefined, 'This request’s address or headers are too long. Shorten the link, or clear this site’s cookies.');
    case CommonError.UseWebsocket:
      return inField(
        undefined,
        'Subscriptions run over the websocket at /graphql (graphql-ws), not over HTTP. Send queries and mutations here.',
      );
    case CommonError.RouteNotFound:
      return notFound('page or API route');
    case CommonError.MethodNotAllowed:
      return inField(undefined, message ?? 'This address does not accept that method.');
    case CommonError.UnsupportedMediaType:
      return inField(undefined, message ?? 'Weave cannot read a request body of this type or character set. Send JSON in UTF-8.');
    default:
      return assertUnreachable(error);
  }
}

// Statuses more precise than the code's own, for answers over plain HTTP.
const REASON_STATUS: Partial<Record<CommonError, number>> = {
  [CommonError.RequestTooLarge]: 413,
  [CommonError.HeadersTooLarge]: 431,
  [CommonError.MethodNotAllowed]: 405,
  [CommonError.UnsupportedMediaType]: 415,
};

const CODE_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP status of an error answered over plain HTTP (REST routes, refused requests). */
export function httpStatusOf(error: AppError): number {
  return REASON_STATUS[error.extensions.reason as CommonError] ?? CODE_STATUS[String(error.extensions.code)] ?? 500;
}
