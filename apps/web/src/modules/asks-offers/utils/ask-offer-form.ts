import type { TFunction } from 'i18next';
import type { AskOfferKind } from '../../../gql/graphql';
import { dayAfter, parseThemes } from './ask-offer-text';

export const ASK_OFFER_KINDS: readonly AskOfferKind[] = ['SKILLS', 'SPACE', 'EQUIPMENT', 'TIME', 'OTHER'];

export interface AskOfferFormValues {
  kind: AskOfferKind;
  title: string;
  description: string;
  /** As typed: themes separated by commas. */
  themes: string;
  area: string;
  /** YYYY-MM-DD. */
  endsOn: string;
}

/**
 * What is wrong with an ask or offer's fields before it is sent, by field, in the reader's language: the
 * same limits the API sets (it checks again), so a person hears of them at once.
 */
export function askOfferFieldErrors(
  values: AskOfferFormValues,
  t: TFunction<'asks-offers'>,
  today = dayAfter(0),
): Partial<Record<keyof AskOfferFormValues, string>> {
  const errors: Partial<Record<keyof AskOfferFormValues, string>> = {};
  const title = values.title.trim();
  if (title.length < 3) errors.title = t('asksOffers.validation.titleShort');
  else if (title.length > 140) errors.title = t('asksOffers.validation.titleLong');
  if (values.description.trim().length > 4000) errors.description = t('asksOffers.validation.descriptionLong');
  const themes = parseThemes(values.themes);
  const typed = values.themes.split(',').filter((theme) => theme.trim()).length;
  if (typed > 10) errors.themes = t('asksOffers.validation.tooManyThemes');
  else if (themes.some((theme) => theme.length > 40)) errors.themes = t('asksOffers.validation.themeLong');
  if (values.area.trim().length > 120) errors.area = t('asksOffers.validation.areaLong');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.endsOn)) errors.endsOn = t('asksOffers.validation.endsOnMissing');
  else if (values.endsOn < today) errors.endsOn = t('asksOffers.validation.endsOnPast');
  return errors;
}
