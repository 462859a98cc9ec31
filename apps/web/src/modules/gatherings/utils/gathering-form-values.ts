import type {
  AccessFeature,
  CreateGatheringInput,
  GatheringFieldsFragment,
  GatheringFormat,
  RegistrationMode,
  UpdateGatheringInput,
} from '../../../gql/graphql';
import { hasOnlineLink, hasVenue } from './gathering-enums';
import { browserTimeZone, utcToZonedLocal, zonedLocalToUtc } from './zoned-time';

/** What the create and edit form holds: times as wall-clock "YYYY-MM-DDTHH:mm" in `timeZone`. */
export interface GatheringFormValues {
  title: string;
  purpose: string;
  format: GatheringFormat;
  venue: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: string;
  registrationMode: RegistrationMode;
  accessFeatures: AccessFeature[];
  accessNotes: string;
  convenedByNetworkIds: string[];
}

/** The form's fields by the names the API uses for them in BAD_USER_INPUT errors. */
export const GATHERING_FORM_FIELDS = [
  'title',
  'purpose',
  'format',
  'venue',
  'onlineUrl',
  'startsAt',
  'endsAt',
  'timeZone',
  'capacity',
  'registrationMode',
  'accessFeatures',
  'accessNotes',
  'convenedByNetworkIds',
] as const;

/** Fields whose change the API tells registered people about. */
export const TIME_AND_PLACE_FIELDS = ['startsAt', 'endsAt', 'timeZone', 'venue', 'onlineUrl', 'format'] as const;

export const emptyGatheringForm = (convenedByNetworkIds: string[] = []): GatheringFormValues => ({
  title: '',
  purpose: '',
  format: 'IN_PERSON',
  venue: '',
  onlineUrl: '',
  startsAt: '',
  endsAt: '',
  timeZone: browserTimeZone(),
  capacity: '',
  registrationMode: 'OPEN',
  accessFeatures: [],
  accessNotes: '',
  convenedByNetworkIds,
});

export function gatheringToFormValues(gathering: GatheringFieldsFragment): GatheringFormValues {
  return {
    title: gathering.title,
    purpose: gathering.purpose,
    format: gathering.format,
    venue: gathering.venue ?? '',
    onlineUrl: gathering.onlineUrl ?? '',
    startsAt: utcToZonedLocal(gathering.startsAt, gathering.timeZone),
    endsAt: utcToZonedLocal(gathering.endsAt, gathering.timeZone),
    timeZone: gathering.timeZone,
    capacity: gathering.capacity === null ? '' : String(gathering.capacity),
    registrationMode: gathering.registrationMode,
    accessFeatures: [...gathering.accessFeatures],
    accessNotes: gathering.accessNotes,
    convenedByNetworkIds: gathering.convenedBy.map((network) => network.id),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Empty means unlimited; anything else must be a whole number (NaN fails validation). */
export function parseCapacity(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export type SharedInput = Omit<CreateGatheringInput, 'convenedByNetworkIds'>;

function sharedInput(values: GatheringFormValues): SharedInput {
  return {
    title: values.title.trim(),
    purpose: values.purpose.trim(),
    format: values.format,
    // A venue or link that does not fit the format is not sent, so it cannot linger.
    venue: hasVenue(values.format) ? orNull(values.venue) : null,
    onlineUrl: hasOnlineLink(values.format) ? orNull(values.onlineUrl) : null,
    startsAt: zonedLocalToUtc(values.startsAt, values.timeZone),
    endsAt: zonedLocalToUtc(values.endsAt, values.timeZone),
    timeZone: values.timeZone,
    capacity: parseCapacity(values.capacity),
    registrationMode: values.registrationMode,
    accessFeatures: values.accessFeatures,
    accessNotes: values.accessNotes.trim(),
  };
}

/** A follow-up's starting point: online, unlimited (capacity empty), open registration. */
export const followUpFormValues = (title: string): GatheringFormValues => ({ ...emptyGatheringForm(), title, format: 'ONLINE' });

/** What a follow-up is made from (its convening networks are the original's, so none are sent). */
export const formValuesToFollowUpFields = (values: GatheringFormValues): SharedInput => sharedInput(values);

export const formValuesToCreateInput = (values: GatheringFormValues): CreateGatheringInput => ({
  ...sharedInput(values),
  convenedByNetworkIds: values.convenedByNetworkIds,
});

export const formValuesToUpdateInput = (gatheringId: string, values: GatheringFormValues): UpdateGatheringInput => ({
  gatheringId,
  ...sharedInput(values),
});

/** True when the edit changes when or where: registered people will be told. */
export const changesTimeOrPlace = (initial: GatheringFormValues, values: GatheringFormValues): boolean =>
  TIME_AND_PLACE_FIELDS.some((field) => initial[field].trim() !== values[field].trim());
