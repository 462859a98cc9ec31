import { AppError, assertUnreachable, badUserInput } from '../../common/errors/app-error.js';

export enum AccountsError {
  InvalidCredentials = 'InvalidCredentials',
  WrongCurrentPassword = 'WrongCurrentPassword',
  SamePassword = 'SamePassword',
  BadCursor = 'BadCursor',
  SignInLinkSpent = 'SignInLinkSpent',
  TooManySignInAttempts = 'TooManySignInAttempts',
  TooManyEmailRequests = 'TooManyEmailRequests',
  EmailLinkSpent = 'EmailLinkSpent',
  PasswordNeededToVerify = 'PasswordNeededToVerify',
  SignedInAsSomeoneElse = 'SignedInAsSomeoneElse',
  PasswordAlreadySet = 'PasswordAlreadySet',
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
    case AccountsError.TooManyEmailRequests: {
      const seconds = detail ?? 60;
      const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
      return new AppError(
        'TOO_MANY_REQUESTS',
        `We have sent several emails already. Please check your inbox, or wait ${wait} and try again.`,
        {
          retryAfterSeconds: seconds,
        },
      );
    }
    case AccountsError.EmailLinkSpent:
      return new AppError('BAD_USER_INPUT', 'This link has expired or has been used already. Ask for a new one and use the newest email.');
    case AccountsError.PasswordNeededToVerify:
      return new AppError('UNAUTHENTICATED', 'Enter the password of the account you made to confirm this email address.', {
        fields: { password: 'Enter the password you chose when you signed up.' },
      });
    case AccountsError.SignedInAsSomeoneElse:
      return new AppError('FORBIDDEN', 'This link is for another account. Sign out, then open the link again.');
    case AccountsError.PasswordAlreadySet:
      return new AppError('CONFLICT', 'Your account already has a password. Change it with your current password instead.');
    default:
      return assertUnreachable(error);
  }
}
