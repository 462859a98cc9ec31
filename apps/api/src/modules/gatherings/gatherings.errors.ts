import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum GatheringsError {
  NotFound = 'NotFound',
  EndBeforeStart = 'EndBeforeStart',
  NotConvenerOf = 'NotConvenerOf',
  CapacityBelowRegistered = 'CapacityBelowRegistered',
  AlreadyRegistered = 'AlreadyRegistered',
  NotOpen = 'NotOpen',
  InvitationOnly = 'InvitationOnly',
  NotRegistered = 'NotRegistered',
  BadStatusChange = 'BadStatusChange',
  InvitationNotFound = 'InvitationNotFound',
  InvitationExpired = 'InvitationExpired',
  CannotInvite = 'CannotInvite',
  NotInNetwork = 'NotInNetwork',
}

export function gatheringsError(error: GatheringsError, detail?: string | number): AppError {
  switch (error) {
    case GatheringsError.NotFound:
      return notFound('gathering');
    case GatheringsError.EndBeforeStart:
      return badUserInput({ endsAt: 'The end must be after the start.' });
    case GatheringsError.NotConvenerOf:
      return forbidden(`You need to be a convener or facilitator of ${detail ?? 'each convening network'} to convene with it.`);
    case GatheringsError.CapacityBelowRegistered:
      return badUserInput({ capacity: `${detail} people already have a place: the capacity cannot be lower than that.` });
    case GatheringsError.AlreadyRegistered:
      return conflict('You are already registered for this gathering (or on its waiting list).');
    case GatheringsError.NotOpen:
      return conflict(`Registration is not open: this gathering is ${detail}.`);
    case GatheringsError.InvitationOnly:
      return new AppError('FORBIDDEN', 'This gathering is by invitation only: register through the invitation link you were sent.');
    case GatheringsError.NotRegistered:
      return notFound('registration');
    case GatheringsError.BadStatusChange:
      return conflict(`A gathering cannot go from ${detail}.`);
    case GatheringsError.InvitationNotFound:
      return badUserInput({ invitationCode: 'This invitation link is not one we know. Check it, or ask the person who sent it.' });
    case GatheringsError.InvitationExpired:
      return badUserInput({ invitationCode: 'This invitation has expired. Ask the person who sent it for a new one.' });
    case GatheringsError.CannotInvite:
      return forbidden('Register for this gathering (or convene it) to invite others.');
    case GatheringsError.NotInNetwork:
      return forbidden('You can only invite on behalf of a network you are in.');
    default:
      return assertUnreachable(error);
  }
}
