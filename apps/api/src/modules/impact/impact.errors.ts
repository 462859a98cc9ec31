import { AppError, assertUnreachable, badUserInput, forbidden, notFound } from '../../common/errors/app-error.js';

export enum ImpactError {
  /** Also what someone who may not see the gathering or network is told: whether it exists is not theirs to learn. */
  ImpactGatheringNotFound = 'ImpactGatheringNotFound',
  ImpactNetworkNotFound = 'ImpactNetworkNotFound',
  NotACoalition = 'NotACoalition',
  ImpactRangeBackwards = 'ImpactRangeBackwards',
  NotImpactPublisher = 'NotImpactPublisher',
}

/** The error for a person, with `extensions.reason` naming the case for clients to say in their own words. */
export function impactError(error: ImpactError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: ImpactError): AppError {
  switch (error) {
    case ImpactError.ImpactGatheringNotFound:
      return notFound('gathering');
    case ImpactError.ImpactNetworkNotFound:
      return notFound('network');
    case ImpactError.NotACoalition:
      return badUserInput({ slug: 'This network is not a coalition: ask for its impact as a network instead.' });
    case ImpactError.ImpactRangeBackwards:
      return badUserInput({ until: 'Choose an end of the range after its start.' });
    case ImpactError.NotImpactPublisher:
      return forbidden('Only a facilitator of the network can choose what it publishes about its impact.');
    default:
      return assertUnreachable(error);
  }
}
