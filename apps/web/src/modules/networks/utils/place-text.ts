import type { TFunction } from 'i18next';
import type { Region } from '../../../gql/graphql';
import { regionLabel } from './network-enums';

interface Place {
  placeName?: string | null;
  region?: Region | null;
}

/** "Govanhill, Scotland" (the region in the reader's language), or whichever half is known; empty when neither is. */
export function placeText(area: Place, t: TFunction<'networks'>): string {
  const region = area.region ? regionLabel(t, area.region) : null;
  return [area.placeName, region].filter((part): part is string => !!part && part.trim() !== '').join(', ');
}
