import { AppError, assertUnreachable, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum HarvestError {
  /** No harvest the viewer may read (none yet, a draft, or not for them): the same answer in every case. */
  NotFound = 'HarvestNotFound',
  ConvenersOnly = 'HarvestConvenersOnly',
  Changed = 'HarvestChanged',
}

/** The error for a person, with `extensions.reason` naming the case for clients that word it themselves. */
export function harvestError(error: HarvestError): AppError {
  const appError = describe(error);
  Object.assign(appError.extensions, { reason: error });
  return appError;
}

function describe(error: HarvestError): AppError {
  switch (error) {
    case HarvestError.NotFound:
      return notFound('harvest');
    case HarvestError.ConvenersOnly:
      return forbidden('Only the gathering’s conveners can write or publish its harvest.');
    case HarvestError.Changed:
      return conflict(
        'Another convener changed the harvest while you were editing. Their version is shown now: copy your words, reload, and add them again.',
      );
    default:
      return assertUnreachable(error);
  }
}
