import { AppError, assertUnreachable, badUserInput } from '../../common/errors/app-error.js';

export enum AuditError {
  BadCursor = 'BadCursor',
}

/** The error for a person, with `extensions.reason` naming the case. */
export function auditError(error: AuditError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: AuditError): AppError {
  switch (error) {
    case AuditError.BadCursor:
      return badUserInput({ after: 'This cursor is not one we gave out. Start again from the first page.' });
    default:
      return assertUnreachable(error);
  }
}
