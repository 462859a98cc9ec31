import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum NetworksError {
  NotFound = 'NotFound',
  UseCloseNetwork = 'UseCloseNetwork',
  InvitationNotFound = 'InvitationNotFound',
  AlreadyHoldsRole = 'AlreadyHoldsRole',
  InvitationPending = 'InvitationPending',
  RoleNotHeld = 'RoleNotHeld',
  LastFacilitator = 'LastFacilitator',
  HandOverToOutsider = 'HandOverToOutsider',
  HandOverToSelf = 'HandOverToSelf',
  NotYourRole = 'NotYourRole',
  AlreadyClosed = 'AlreadyClosed',
  SelfMembership = 'SelfMembership',
  NotFacilitatorOfEither = 'NotFacilitatorOfEither',
  TieExists = 'TieExists',
  MembershipNotFound = 'MembershipNotFound',
  NotYourAnswer = 'NotYourAnswer',
  AlreadyClaimed = 'AlreadyClaimed',
  ClaimPending = 'ClaimPending',
  ClaimNotFound = 'ClaimNotFound',
  BadCursor = 'BadCursor',
  MakesLoop = 'MakesLoop',
  TieAlreadyAnswered = 'TieAlreadyAnswered',
  TieAlreadyEnded = 'TieAlreadyEnded',
  NotImportFacilitator = 'NotImportFacilitator',
  CsvNotText = 'CsvNotText',
  CsvUnreadable = 'CsvUnreadable',
  CsvEmpty = 'CsvEmpty',
  CsvNoNameColumn = 'CsvNoNameColumn',
  CsvTooManyRows = 'CsvTooManyRows',
  CsvBadRows = 'CsvBadRows',
  UnknownFilterValue = 'UnknownFilterValue',
}

/**
 * The error for a person, with `extensions.reason` naming the case for clients
 * that say it in their own words, and `extensions.detail` what the message
 * names (the loop's path, a line number, a count).
 */
export function networksError(error: NetworksError, detail?: string): AppError {
  const appError = describe(error, detail);
  Object.assign(appError.extensions, { reason: error }, detail === undefined ? {} : { detail });
  return appError;
}

export const isNetworksError = (error: unknown, reason: NetworksError): boolean =>
  error instanceof AppError && error.extensions.reason === reason;

function describe(error: NetworksError, detail?: string): AppError {
  switch (error) {
    case NetworksError.NotFound:
      // The same for a network that does not exist and one the viewer may not see.
      return notFound('network');
    case NetworksError.UseCloseNetwork:
      return new AppError('BAD_USER_INPUT', 'Closing a network needs a closing note: use "Close the network".', {
        fields: { lifecycleStage: 'Close the network with a closing note instead.' },
      });
    case NetworksError.InvitationNotFound:
      return notFound('invitation');
    case NetworksError.AlreadyHoldsRole:
      return conflict('They already hold that role in this network.', { email: 'They already hold that role here.' });
    case NetworksError.InvitationPending:
      return conflict('This email already has an invitation to that role waiting for an answer.', {
        email: 'An invitation to this role is already waiting for them.',
      });
    case NetworksError.RoleNotHeld:
      return notFound('role');
    case NetworksError.LastFacilitator:
      return conflict('A network always keeps at least one facilitator. Hand the role on to someone else first.');
    case NetworksError.HandOverToOutsider:
      return badUserInput({ toPersonId: 'Hand the role to someone already in the network (invite them first).' });
    case NetworksError.HandOverToSelf:
      return badUserInput({ toPersonId: 'Choose someone other than yourself.' });
    case NetworksError.NotYourRole:
      return new AppError('FORBIDDEN', 'You can only hand over a role you hold.');
    case NetworksError.AlreadyClosed:
      return conflict('This network is already closed.');
    case NetworksError.SelfMembership:
      return badUserInput({ parentNetworkId: 'A network cannot belong to itself.' });
    case NetworksError.NotFacilitatorOfEither:
      return new AppError('FORBIDDEN', 'You need to be a facilitator of one of the two networks to propose a tie.');
    case NetworksError.TieExists:
      return conflict('These networks already have a tie, or one is waiting for an answer.');
    case NetworksError.MembershipNotFound:
      return notFound('tie between networks');
    case NetworksError.NotYourAnswer:
      return new AppError('FORBIDDEN', 'Only a facilitator of the other network can answer this.');
    case NetworksError.AlreadyClaimed:
      return conflict('This network is already run by its own people on Weave. Ask its facilitators to invite you instead.');
    case NetworksError.ClaimPending:
      return conflict('You have already claimed this network; a platform admin will decide soon.');
    case NetworksError.ClaimNotFound:
      return notFound('claim');
    case NetworksError.BadCursor:
      return badUserInput({ after: 'This cursor is not one we gave out.' });
    case NetworksError.MakesLoop:
      // detail: the whole sentence naming the networks, e.g. "Gamma" cannot belong to "Alpha", because …
      return conflict(`That would make a loop: ${detail ?? 'a network cannot belong to one of its own members'}.`);
    case NetworksError.TieAlreadyAnswered:
      return conflict('This tie has already been answered.');
    case NetworksError.TieAlreadyEnded:
      return conflict('This tie has already ended.');
    case NetworksError.NotImportFacilitator:
      return forbidden('Only the facilitators of this network can import its members.');
    case NetworksError.CsvNotText:
      return badUserInput({ file: 'Send the file as text/csv.' });
    case NetworksError.CsvUnreadable:
      // detail: the line near which the file stopped being CSV, when known.
      return badUserInput({
        file: `This file is not valid CSV${detail ? ` (near line ${detail})` : ''}. Save it from your spreadsheet as "CSV UTF-8" and try again.`,
      });
    case NetworksError.CsvEmpty:
      return badUserInput({ file: 'This file has no rows under its header.' });
    case NetworksError.CsvNoNameColumn:
      return badUserInput({
        file: `The first row must name the columns; a "name" column is needed. Columns we read: ${detail}.`,
      });
    case NetworksError.CsvTooManyRows:
      return badUserInput({ file: `Import at most ${detail} rows at a time.` });
    case NetworksError.UnknownFilterValue:
      // detail: the value not understood; the caller names the parameter in `fields`.
      return badUserInput({});
    case NetworksError.CsvBadRows:
      // detail: how many rows need fixing; the caller adds the rows themselves.
      return new AppError('BAD_USER_INPUT', `Nothing was imported: ${detail} row${detail === '1' ? ' needs' : 's need'} fixing first.`);
    default:
      return assertUnreachable(error);
  }
}
