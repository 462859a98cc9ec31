import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum AsksOffersError {
  /** Also what someone who may not see a post is told: whether it exists is not theirs to learn. */
  AskOfferNotFound = 'AskOfferNotFound',
  /** A network to post for that does not exist, or the viewer does not facilitate or convene. */
  NotNetworkFacilitator = 'NotNetworkFacilitator',
  /** A gathering to post during that does not exist, or the viewer does not take part in. */
  NotTakingPartInGathering = 'NotTakingPartInGathering',
  NotYourPost = 'NotYourPost',
  AskOfferClosed = 'AskOfferClosed',
  EndsInPast = 'EndsInPast',
  NotAnAsk = 'NotAnAsk',
  NotAnOffer = 'NotAnOffer',
  NotEitherSide = 'NotEitherSide',
  OfferClosed = 'OfferClosed',
  SameSide = 'SameSide',
}

/** The error for a person, with `extensions.reason` naming the case for clients to say in their own words. */
export function asksOffersError(error: AsksOffersError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: AsksOffersError): AppError {
  switch (error) {
    case AsksOffersError.AskOfferNotFound:
      return notFound('ask or offer');
    case AsksOffersError.NotNetworkFacilitator:
      return forbidden('Only a facilitator or convener of a network can post for it. Post as yourself instead.');
    case AsksOffersError.NotTakingPartInGathering:
      return forbidden('Only the people taking part in a gathering can post on its wall. Post it without the gathering instead.');
    case AsksOffersError.NotYourPost:
      return forbidden('Only the person who posted this, or a facilitator or convener of its network, can change or close it.');
    case AsksOffersError.AskOfferClosed:
      return conflict('This has already been closed; it stays in the history. Post a new one if the need is back.');
    case AsksOffersError.EndsInPast:
      return badUserInput({ endsOn: 'Choose an end date from today on.' });
    case AsksOffersError.NotAnAsk:
      return badUserInput({ askId: 'Choose an ask here, not an offer.' });
    case AsksOffersError.NotAnOffer:
      return badUserInput({ offerId: 'Choose an offer here, not an ask.' });
    case AsksOffersError.NotEitherSide:
      return forbidden('Only the people of the ask or of the offer can do that.');
    case AsksOffersError.OfferClosed:
      return conflict('This offer is closed or past its end date, so it can no longer be introduced. Look at the other matches.');
    case AsksOffersError.SameSide:
      return badUserInput({ offerId: 'This ask and offer are both yours: there is no one to introduce.' });
    default:
      return assertUnreachable(error);
  }
}
