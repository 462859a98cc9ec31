import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum RelationshipsError {
  NotAtThisGathering = 'NotAtThisGathering',
  OtherNotAtGathering = 'OtherNotAtGathering',
  CannotMeetYourself = 'CannotMeetYourself',
  GatheringNotStarted = 'GatheringNotStarted',
  ConnectionNotFound = 'ConnectionNotFound',
  WaitingForTheOther = 'WaitingForTheOther',
}

/**
 * The error for a person, with `extensions.reason` naming the case so the web can say it in the
 * person's language. A connection the viewer is not one of the two people of is NOT_FOUND, whatever
 * its state: nothing about a proposal reaches anyone else.
 */
export function relationshipsError(error: RelationshipsError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: RelationshipsError): AppError {
  switch (error) {
    case RelationshipsError.NotAtThisGathering:
      return forbidden('You can say "we met" only about a gathering you took part in (registered or attended).');
    case RelationshipsError.OtherNotAtGathering:
      return badUserInput({ personId: 'Choose someone who took part in this gathering (from its participants).' });
    case RelationshipsError.CannotMeetYourself:
      return badUserInput({ personId: 'Choose someone other than yourself.' });
    case RelationshipsError.GatheringNotStarted:
      return conflict('This gathering has not started yet: say "we met" during or after it.');
    case RelationshipsError.ConnectionNotFound:
      return notFound('connection');
    case RelationshipsError.WaitingForTheOther:
      return conflict('You said you met: the other person confirms it. You can remove it if you change your mind.');
    default:
      return assertUnreachable(error);
  }
}
