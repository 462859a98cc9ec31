import type {
  NetworkFieldsFragment,
  NetworkKind,
  NetworkScope,
  NetworkVisibility,
  RegisterNetworkInput,
  Sector,
} from '../../../gql/graphql';
import { isRegion } from './network-enums';

/** What the register and manage form holds: strings for every text box. */
export interface NetworkFormValues {
  name: string;
  kind: NetworkKind;
  purpose: string;
  values: string;
  description: string;
  themes: string[];
  sectors: Sector[];
  area: { placeName: string; region: string; latitude: string; longitude: string };
  scope: NetworkScope;
  visibility: NetworkVisibility;
  website: string;
  contact: string;
}

/** The form's fields by the names the API uses for them in BAD_USER_INPUT errors. */
export const NETWORK_FORM_FIELDS = [
  'name',
  'kind',
  'purpose',
  'values',
  'description',
  'themes',
  'sectors',
  'area.placeName',
  'area.region',
  'area.latitude',
  'area.longitude',
  'scope',
  'visibility',
  'website',
  'contact',
] as const;

export const emptyNetworkForm = (): NetworkFormValues => ({
  name: '',
  kind: 'NETWORK',
  purpose: '',
  values: '',
  description: '',
  themes: [],
  sectors: [],
  area: { placeName: '', region: '', latitude: '', longitude: '' },
  scope: 'LOCAL',
  visibility: 'PUBLIC',
  website: '',
  contact: '',
});

const coordinate = (value: number | null): string => (value === null ? '' : String(value));

export function networkToFormValues(network: NetworkFieldsFragment): NetworkFormValues {
  return {
    name: network.name,
    kind: network.kind,
    purpose: network.purpose,
    values: network.values,
    description: network.description,
    themes: [...network.themes],
    sectors: [...network.sectors],
    area: {
      placeName: network.area.placeName ?? '',
      region: network.area.region ?? '',
      latitude: coordinate(network.area.latitude),
      longitude: coordinate(network.area.longitude),
    },
    scope: network.scope,
    visibility: network.visibility,
    website: network.website ?? '',
    contact: network.contact ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Empty means "not given"; anything else must be a plain decimal number. */
export function parseCoordinate(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The fields register and update share; update adds the network's id. */
export function formValuesToInput(values: NetworkFormValues): RegisterNetworkInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    purpose: values.purpose.trim(),
    values: values.values.trim(),
    description: values.description.trim(),
    themes: [...new Set(values.themes.map((theme) => theme.trim().toLowerCase()).filter((theme) => theme !== ''))],
    sectors: values.sectors,
    area: {
      placeName: orNull(values.area.placeName),
      region: isRegion(values.area.region) ? values.area.region : null,
      latitude: parseCoordinate(values.area.latitude),
      longitude: parseCoordinate(values.area.longitude),
    },
    scope: values.scope,
    visibility: values.visibility,
    website: orNull(values.website),
    contact: orNull(values.contact),
  };
}
