import type { TFunction } from 'i18next';
import type { SpaceTag } from '../../../gql/graphql';
import { formatTime } from '../../../ui/dates';

export const SPACE_TAGS = ['STEP_FREE', 'QUIET', 'CAPTIONED', 'ONLINE'] as const satisfies readonly SpaceTag[];

export const isSpaceTag = (value: string): value is SpaceTag => SPACE_TAGS.some((tag) => tag === value);

export const spaceTagLabel = (t: TFunction<'open-space'>, tag: SpaceTag) => t(`openSpace.tags.${tag}`);

/** "10:00–11:00" in the gathering's time zone, with the slot's label when it has one. */
export function slotTime(slot: { startsAt: string; endsAt: string; label: string | null }, timeZone: string, language: string): string {
  const range = `${formatTime(slot.startsAt, timeZone, language)}–${formatTime(slot.endsAt, timeZone, language)}`;
  return slot.label ? `${range} ${slot.label}` : range;
}
