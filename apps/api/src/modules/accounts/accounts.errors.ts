import { AppError, assertUnreachable, badUserInput, conflict } from '../../common/errors/app-error.js';

export enum AccountsError {
  EmailTaken = 'EmailTaken',
  InvalidCredentials = 'InvalidCredentials',
  WrongCurrentPassword = 'WrongCurrentPassword',
  SamePassword = 'SamePassword',
  BadCursor = 'BadCursor',
  SignInLinkSpent = 'SignInLinkSpent',
  TooManySignInAttempts = 'TooManySignInAttempts',
}

/**
 * The error for a person, with `extensions.reason` naming the case so the web
 * can say it in the person's language, and `extensions.detail` what the
 * message names (for TooManySignInAttempts: the seconds to wait, also in
 * `extensions.retryAfterSeconds`).
 */
export function accountsError(error: AccountsError, detail?: number): AppError {
  const appError = describe(error, detail);
  Object.assign(appError.extensions, { reason: error }, detail === undefined ? {} : { detail });
  return appError;
}

function describe(error: AccountsError, detail?: number): AppError {
  switch (error) {
    case AccountsError.EmailTaken:
      return conflict('An account with this email already exists. Sign in instead, or use another email.', {
        email: 'An account with this email already exists.',
      });
    case AccountsError.InvalidCredentials:
      // The same answer for an unknown email and a wrong password.
      return new AppError('UNAUTHENTICATED', 'That email and password do not match an account. Check them and try again.');
    case AccountsError.WrongCurrentPassword:
      return new AppError('BAD_USER_INPUT', 'Your current password is not right.', {
        fields: { currentPassword: 'This is not your current password.' },
      });
    case AccountsError.SamePassword:
      return new AppError('BAD_USER_INPUT', 'Choose a password you have not just been using.', {
        fields: { newPassword: 'This is the same as your current password.' },
      });
    case AccountsError.BadCursor:
      return badUserInput({ after: 'This cursor is not one we gave out.' });
    case AccountsError.SignInLinkSpent:
      return new AppError(
        'UNAUTHENTICATED',
        'This sign-in link has expired or has been used already. Ask for a new invitation, or sign in with your password.',
      );
    case AccountsError.TooManySignInAttempts: {
      const seconds = detail ?? 60;
      const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
      return new AppError('TOO_MANY_REQUESTS', `Too many sign-in attempts. Please wait ${wait} and try again.`, {
        retryAfterSeconds: seconds,
      });
    }
    default:
      return assertUnreachable(error);
  }
}
