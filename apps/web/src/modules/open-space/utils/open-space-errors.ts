import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import type { UnplacedReason } from '../../../gql/graphql';

// The cases the API names in extensions.reason that we say in the reader's own language; any other
// reason (or none) falls back to the server's English message.
const WORDED = [
  'GatheringClosed',
  'NotLive',
  'CellTaken',
  'HostClash',
  'NotPlaced',
  'RoomFull',
  'TooManyForSpace',
  'RoomNotEmpty',
  'SpaceInUse',
  'SlotInUse',
  'SpaceNameTaken',
  'NoteChanged',
  'NotNoteAuthor',
  'NowhereNew',
  'NotParticipant',
  'NotHostOrConvener',
  'ConvenersOnly',
] as const;
type Worded = (typeof WORDED)[number];

// Reasons whose message names what extensions.detail carries (the other session's title, a count),
// worded with it when the server sends it.
const WITH_DETAIL = {
  CellTaken: 'CellTakenBy',
  HostClash: 'HostClashWith',
  TooManyForSpace: 'TooManyForSpaceCount',
} as const satisfies Partial<Record<Worded, string>>;

const isWorded = (reason: string | undefined): reason is Worded => WORDED.some((known) => known === reason);
const hasDetail = (reason: Worded): reason is keyof typeof WITH_DETAIL => reason in WITH_DETAIL;

export interface OpenSpaceProblem {
  /** `extensions.reason`, e.g. RoomFull. */
  reason?: string;
  /** `extensions.detail`: what the message names, e.g. the other session's title. */
  detail?: string;
}

/** The reason and detail of the first GraphQL error, if it has them. */
export function openSpaceProblem(error: unknown): OpenSpaceProblem {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const extensions = error.errors[0]?.extensions;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return { reason: text(extensions?.reason), detail: text(extensions?.detail) };
}

/** The problem in the reader's language, or undefined for a reason this client does not know. */
export function wordOpenSpaceProblem(t: TFunction, { reason, detail }: OpenSpaceProblem): string | undefined {
  if (!isWorded(reason)) return undefined;
  if (detail !== undefined && hasDetail(reason)) return t(`openSpace.errors.${WITH_DETAIL[reason]}`, { detail });
  return t(`openSpace.errors.${reason}`);
}

const UNPLACED_REASONS = ['NO_SUITABLE_SPACE', 'NO_FREE_CELL'] as const satisfies readonly UnplacedReason[];
const isKnownUnplaced = (code: string): code is (typeof UNPLACED_REASONS)[number] => UNPLACED_REASONS.some((known) => known === code);

/** Why the suggestion left a session out, by its code; the server's English for a code this client does not know. */
export function wordUnplacedReason(t: TFunction, { code, reason }: { code: string; reason: string }): string {
  return isKnownUnplaced(code) ? t(`openSpace.suggest.unplacedReasons.${code}`) : reason;
}
