import { AppError, assertUnreachable, badUserInput, conflict, notFound } from '../../common/errors/app-error.js';

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
    default:
      return assertUnreachable(error);
  }
}
