import { AppError, assertUnreachable, badUserInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';

export enum OpenSpaceError {
  SessionNotFound = 'SessionNotFound',
  SpaceNotFound = 'SpaceNotFound',
  SlotNotFound = 'SlotNotFound',
  NoteNotFound = 'NoteNotFound',
  ActionNotFound = 'ActionNotFound',
  NotParticipant = 'NotParticipant',
  NotHostOrConvener = 'NotHostOrConvener',
  ConvenersOnly = 'ConvenersOnly',
  GatheringClosed = 'GatheringClosed',
  NotLive = 'NotLive',
  CellTaken = 'CellTaken',
  HostClash = 'HostClash',
  NotPlaced = 'NotPlaced',
  RoomFull = 'RoomFull',
  TooManyForSpace = 'TooManyForSpace',
  RoomNotEmpty = 'RoomNotEmpty',
  SpaceInUse = 'SpaceInUse',
  SlotInUse = 'SlotInUse',
  SpaceNameTaken = 'SpaceNameTaken',
  EndBeforeStart = 'EndBeforeStart',
  SlotsOverlap = 'SlotsOverlap',
  SlotOutsideGathering = 'SlotOutsideGathering',
  MergeIntoItself = 'MergeIntoItself',
  NoteChanged = 'NoteChanged',
  NotNoteAuthor = 'NotNoteAuthor',
  NotActionOwner = 'NotActionOwner',
  NowhereNew = 'NowhereNew',
  OwnerNotParticipant = 'OwnerNotParticipant',
}

/**
 * The error for a person, with `extensions.reason` naming the case for clients
 * that act on it or say it in their own words (e.g. RoomFull), and
 * `extensions.detail` what the message names (another session's title, a count).
 */
export function openSpaceError(error: OpenSpaceError, detail?: string): AppError {
  const appError = describe(error, detail);
  Object.assign(appError.extensions, { reason: error }, detail === undefined ? {} : { detail });
  return appError;
}

export const isOpenSpaceError = (error: unknown, reason: OpenSpaceError): boolean =>
  error instanceof AppError && error.extensions.reason === reason;

function describe(error: OpenSpaceError, detail?: string): AppError {
  switch (error) {
    case OpenSpaceError.SessionNotFound:
      return notFound('session');
    case OpenSpaceError.SpaceNotFound:
      return notFound('space');
    case OpenSpaceError.SlotNotFound:
      return notFound('time slot');
    case OpenSpaceError.NoteNotFound:
      return notFound('note');
    case OpenSpaceError.ActionNotFound:
      return notFound('action');
    case OpenSpaceError.NotParticipant:
      return forbidden('Register for this gathering first: the agenda and the rooms are for its participants.');
    case OpenSpaceError.NotHostOrConvener:
      return forbidden('Only the session’s host or a convener can do that.');
    case OpenSpaceError.ConvenersOnly:
      return forbidden('Only the gathering’s conveners can do that.');
    case OpenSpaceError.GatheringClosed:
      return conflict('This gathering has closed; its wall and rooms can be read but not changed.');
    case OpenSpaceError.NotLive:
      return conflict('The rooms open when the conveners start the gathering on the day.');
    case OpenSpaceError.CellTaken:
      return conflict(`${detail ? `“${detail}”` : 'Another session'} is already in that space at that time. Choose an empty cell.`);
    case OpenSpaceError.HostClash:
      return conflict(`The host is already hosting ${detail ? `“${detail}”` : 'another session'} in that time slot. Choose another time.`);
    case OpenSpaceError.NotPlaced:
      return conflict('This session is not on the wall yet, so its room is not open.');
    case OpenSpaceError.RoomFull:
      return conflict('This room is full. Try another, or “somewhere new”.');
    case OpenSpaceError.TooManyForSpace:
      return conflict(`${detail} people are in this session now: that space is too small for them.`);
    case OpenSpaceError.RoomNotEmpty:
      return conflict('People are in this room now. Ask them to move before taking the session off the wall.');
    case OpenSpaceError.SpaceInUse:
      return conflict('Sessions are placed in this space. Move them first.');
    case OpenSpaceError.SlotInUse:
      return conflict('Sessions are placed in this time slot. Move them first.');
    case OpenSpaceError.SpaceNameTaken:
      return conflict('This gathering already has a space with that name.', { name: 'Choose another name.' });
    case OpenSpaceError.EndBeforeStart:
      return badUserInput({ endsAt: 'The end must be after the start.' });
    case OpenSpaceError.SlotsOverlap:
      return badUserInput(
        { startsAt: 'Choose a time that does not overlap another slot.' },
        `This time overlaps ${detail ? `“${detail}”` : 'another time slot'}. Slots run one after another: choose a time that does not overlap.`,
      );
    case OpenSpaceError.SlotOutsideGathering:
      return badUserInput(
        { startsAt: 'Choose a time within the gathering.' },
        'A time slot must fall within the gathering. Choose a time between its start and end.',
      );
    case OpenSpaceError.MergeIntoItself:
      return badUserInput({ intoSessionId: 'Choose a different session to merge into.' });
    case OpenSpaceError.NoteChanged:
      return conflict('Someone else changed this note while you were editing. Their version is shown; add your words again.');
    case OpenSpaceError.NotNoteAuthor:
      return forbidden('Only the note’s author or a convener can change it; add a note of your own instead.');
    case OpenSpaceError.NotActionOwner:
      return forbidden('Only the action’s owner, whoever recorded it, or a convener can mark it done.');
    case OpenSpaceError.NowhereNew:
      return conflict('Every other room in this time slot is full just now. Try again in a moment.');
    case OpenSpaceError.OwnerNotParticipant:
      return badUserInput(
        { ownerId: 'Choose the owner from the people taking part, or write the name of someone not on Weave.' },
        'That person is not taking part in this gathering. Choose the owner from the people taking part, or write the name of someone not on Weave.',
      );
    default:
      return assertUnreachable(error);
  }
}
