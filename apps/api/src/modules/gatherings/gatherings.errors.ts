import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum GatheringsError {
  NotFound = 'NotFound',
  EndBeforeStart = 'EndBeforeStart',
  SlotsOutsideGathering = 'SlotsOutsideGathering',
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
  NotInRepresentedNetwork = 'NotInRepresentedNetwork',
  NotANetwork = 'NotANetwork',
  NoEmails = 'NoEmails',
  TooManyEmails = 'TooManyEmails',
  NetworkNotFound = 'NetworkNotFound',
  NetworkClosed = 'NetworkClosed',
  NotFacilitator = 'NotFacilitator',
  NomineeNotInNetwork = 'NomineeNotInNetwork',
  NoDelegatePlaces = 'NoDelegatePlaces',
  DelegatePlacesFilled = 'DelegatePlacesFilled',
  GatheringFull = 'GatheringFull',
  ParticipantsOnly = 'ParticipantsOnly',
  WrongCheckInCode = 'WrongCheckInCode',
  CheckInNotOpen = 'CheckInNotOpen',
  NoPlaceToCheckIn = 'NoPlaceToCheckIn',
}

/**
 * The error for a person, with `extensions.reason` naming the case so the web
 * can say it in the person's language, and `extensions.detail` what the
 * message names (a status, a count, a network's name).
 */
export function gatheringsError(error: GatheringsError, detail?: string | number, field?: string): AppError {
  const appError = describe(error, detail, field);
  Object.assign(appError.extensions, { reason: error }, detail === undefined ? {} : { detail });
  return appError;
}

function describe(error: GatheringsError, detail?: string | number, field?: string): AppError {
  switch (error) {
    case GatheringsError.NotFound:
      return notFound('gathering');
    case GatheringsError.EndBeforeStart:
      return badUserInput({ endsAt: 'The end must be after the start.' });
    case GatheringsError.SlotsOutsideGathering:
      // detail names the slots; the field is the time that moved past them.
      return badUserInput(
        { [field ?? 'startsAt']: `The time slots ${detail} would fall outside the gathering: move or delete them first.` },
        `These time slots would fall outside the gathering: ${detail}. Move or delete them first, or choose other times.`,
      );
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
      return forbidden(
        'Register for this gathering (or convene it, or hold a role in a network invited to the gathering it follows up) to invite others.',
      );
    case GatheringsError.NotInNetwork:
      return forbidden('You can only invite on behalf of a network you are in.');
    case GatheringsError.NotInRepresentedNetwork:
      // The same for a network the viewer may not see: the answer names none.
      return forbidden('You can only come on behalf of networks you are in.');
    case GatheringsError.NotANetwork:
      return badUserInput({ networkId: 'This must be the id of a network.' });
    case GatheringsError.NoEmails:
      return badUserInput({ emails: 'Add at least one email address, one per line.' });
    case GatheringsError.TooManyEmails:
      return badUserInput({ emails: `Invite at most 500 people at a time (this list has ${detail}).` });
    case GatheringsError.NetworkNotFound:
      return notFound('network');
    case GatheringsError.NetworkClosed:
      return conflict('This network has closed, so it cannot send delegates. Choose a network that is still running.');
    case GatheringsError.NotFacilitator:
      return forbidden("Only the network's facilitators nominate its delegates.");
    case GatheringsError.NomineeNotInNetwork:
      return badUserInput({ personId: 'Nominate someone who is in the network (invite them to it first).' });
    case GatheringsError.NoDelegatePlaces:
      return conflict('This network has no delegate places at this gathering.');
    case GatheringsError.DelegatePlacesFilled:
      return conflict(`All ${detail} delegate places of this network are filled.`);
    case GatheringsError.GatheringFull:
      return conflict('The gathering is full: ask the conveners for more places.');
    case GatheringsError.ParticipantsOnly:
      return forbidden('Only the people taking part in this gathering, and its conveners, see who else takes part. Register to see them.');
    case GatheringsError.WrongCheckInCode:
      // The same for another gathering's code and an old one: the answer tells nothing about either.
      return badUserInput(
        { code: 'This check-in code is not the one for this gathering (it may have been replaced). Scan the code at the door again.' },
        'This check-in code does not work for this gathering.',
      );
    case GatheringsError.CheckInNotOpen:
      return conflict(`Check-in is not open: this gathering is ${detail}.`);
    case GatheringsError.NoPlaceToCheckIn:
      return conflict(
        detail === 'closed'
          ? 'You are not registered for this gathering, and it takes no more registrations here: ask a convener at the door.'
          : 'You do not have a place at this gathering yet (you may be on the waiting list): ask a convener at the door.',
      );
    default:
      return assertUnreachable(error);
  }
}
