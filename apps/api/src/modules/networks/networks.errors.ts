import { AppError, assertUnreachable, notFound } from '../../common/errors/app-error.js';

export enum NetworksError {
  NotFound = 'NotFound',
  UseCloseNetwork = 'UseCloseNetwork',
}

export function networksError(error: NetworksError): AppError {
  switch (error) {
    case NetworksError.NotFound:
      // The same for a network that does not exist and one the viewer may not see.
      return notFound('network');
    case NetworksError.UseCloseNetwork:
      return new AppError('BAD_USER_INPUT', 'Closing a network needs a closing note: use "Close the network".', {
        fields: { lifecycleStage: 'Close the network with a closing note instead.' },
      });
    default:
      return assertUnreachable(error);
  }
}
