import { dayAfter, parseThemes, toFilter } from '../utils/ask-offer-text';

describe('asks and offers: form helpers', () => {
  it('cleans typed themes as the API stores them', () => {
    expect(parseThemes(' Food,transport ,, food,  Older   People ')).toEqual(['food', 'transport', 'older people']);
    expect(parseThemes('')).toEqual([]);
  });

  it('gives a day as YYYY-MM-DD', () => {
    expect(dayAfter(30, new Date('2027-01-15T10:00:00Z'))).toBe('2027-02-14');
  });

  it('leaves empty filters out and reads the status choice', () => {
    const empty = { search: ' ', side: '', kind: '', theme: '', area: '', status: 'any', mine: false, gathering: null };
    expect(toFilter(empty)).toEqual({});
    expect(
      toFilter({ ...empty, search: 'minibus', side: 'ASK', kind: 'TIME', theme: 'Food', status: 'open', mine: true, gathering: 'g1' }),
    ).toEqual({
      search: 'minibus',
      side: 'ASK',
      kinds: ['TIME'],
      theme: 'food',
      open: true,
      mine: true,
      gatheringId: 'g1',
    });
    expect(toFilter({ ...empty, status: 'closed' })).toEqual({ open: false });
  });
});
