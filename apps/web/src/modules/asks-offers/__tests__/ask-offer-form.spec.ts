import type { TFunction } from 'i18next';
import { askOfferFieldErrors, type AskOfferFormValues } from '../utils/ask-offer-form';

const t = ((key: string) => key) as unknown as TFunction<'asks-offers'>;
const good: AskOfferFormValues = {
  kind: 'SPACE',
  title: 'A room on Mondays',
  description: '',
  themes: 'space, food',
  area: 'Aberdare',
  endsOn: '2027-02-01',
};
const check = (changes: Partial<AskOfferFormValues>) => askOfferFieldErrors({ ...good, ...changes }, t, '2027-01-15');

describe('askOfferFieldErrors', () => {
  it('accepts a good post, with an end date of today', () => {
    expect(check({})).toEqual({});
    expect(check({ endsOn: '2027-01-15' })).toEqual({});
  });

  it('names each field that is wrong, as the API would', () => {
    expect(check({ title: '  ab ' })).toEqual({ title: 'asksOffers.validation.titleShort' });
    expect(check({ title: 'x'.repeat(141) })).toEqual({ title: 'asksOffers.validation.titleLong' });
    expect(check({ description: 'x'.repeat(4001) })).toEqual({ description: 'asksOffers.validation.descriptionLong' });
    expect(check({ themes: Array.from({ length: 11 }, (_, i) => `theme ${i}`).join(', ') })).toEqual({
      themes: 'asksOffers.validation.tooManyThemes',
    });
    expect(check({ themes: `food, ${'x'.repeat(41)}` })).toEqual({ themes: 'asksOffers.validation.themeLong' });
    expect(check({ area: 'x'.repeat(121) })).toEqual({ area: 'asksOffers.validation.areaLong' });
    expect(check({ endsOn: '' })).toEqual({ endsOn: 'asksOffers.validation.endsOnMissing' });
    expect(check({ endsOn: '2027-01-14' })).toEqual({ endsOn: 'asksOffers.validation.endsOnPast' });
  });
});
