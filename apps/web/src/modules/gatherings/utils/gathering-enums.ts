import type { TFunction } from 'i18next';
import type { AccessFeature, GatheringFormat, GatheringStatus, RegistrationMode, RegistrationStatus } from '../../../gql/graphql';

// The schema's enums as runtime lists, in the order people should see them.
export const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const satisfies readonly GatheringFormat[];
export const REGISTRATION_MODES = ['OPEN', 'APPROVAL', 'INVITATION_ONLY'] as const satisfies readonly RegistrationMode[];
export const ACCESS_FEATURES = [
  'STEP_FREE',
  'ACCESSIBLE_TOILET',
  'HEARING_LOOP',
  'BSL',
  'CAPTIONS',
  'QUIET_ROOM',
  'CHILDCARE',
  'TRAVEL_SUPPORT',
] as const satisfies readonly AccessFeature[];
export const REGISTRATION_STATUSES = [
  'REGISTERED',
  'WAITLISTED',
  'PENDING_APPROVAL',
  'ATTENDED',
  'CANCELLED',
] as const satisfies readonly RegistrationStatus[];

// A picture beside each feature's words; screen readers get the words only.
export const ACCESS_FEATURE_ICONS: Record<AccessFeature, string> = {
  STEP_FREE: '♿',
  ACCESSIBLE_TOILET: '🚻',
  HEARING_LOOP: '👂',
  BSL: '🤟',
  CAPTIONS: '💬',
  QUIET_ROOM: '🤫',
  CHILDCARE: '🧸',
  TRAVEL_SUPPORT: '🚌',
};

export const hasVenue = (format: GatheringFormat) => format !== 'ONLINE';
export const hasOnlineLink = (format: GatheringFormat) => format !== 'IN_PERSON';

export const formatLabel = (t: TFunction<'gatherings'>, format: GatheringFormat) => t(`gatherings.formats.${format}.label`);
export const formatHint = (t: TFunction<'gatherings'>, format: GatheringFormat) => t(`gatherings.formats.${format}.hint`);
export const modeLabel = (t: TFunction<'gatherings'>, mode: RegistrationMode) => t(`gatherings.modes.${mode}.label`);
export const modeHint = (t: TFunction<'gatherings'>, mode: RegistrationMode) => t(`gatherings.modes.${mode}.hint`);
export const accessFeatureLabel = (t: TFunction<'gatherings'>, feature: AccessFeature) => t(`gatherings.accessFeatures.${feature}`);
export const gatheringStatusLabel = (t: TFunction<'gatherings'>, status: GatheringStatus) => t(`gatherings.statuses.${status}`);
export const registrationStatusLabel = (t: TFunction<'gatherings'>, status: RegistrationStatus) =>
  t(`gatherings.registrationStatuses.${status}`);
