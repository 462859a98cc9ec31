import { AppError, assertUnreachable, conflict } from '../../common/errors/app-error.js';

export enum AccountsError {
  EmailTaken = 'EmailTaken',
  InvalidCredentials = 'InvalidCredentials',
  WrongCurrentPassword = 'WrongCurrentPassword',
  SamePassword = 'SamePassword',
}

export function accountsError(error: AccountsError): AppError {
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
    default:
      return assertUnreachable(error);
  }
}
