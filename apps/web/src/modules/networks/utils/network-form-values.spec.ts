import { emptyNetworkForm, formValuesToInput, networkToFormValues, parseCoordinate } from './network-form-values';
import { facetOptions } from './facet-options';

describe('network form values', () => {
  it('turns the form into API input: trimmed, blanks as null, themes lower case without repeats', () => {
    const values = {
      ...emptyNetworkForm(),
      name: '  Food Justice Coalition ',
      kind: 'COALITION' as const,
      themes: ['Food', 'food ', 'Housing'],
      area: { placeName: ' Cardiff ', region: '', latitude: '51.48', longitude: '' },
      website: ' ',
    };
    expect(formValuesToInput(values)).toMatchObject({
      name: 'Food Justice Coalition',
      kind: 'COALITION',
      themes: ['food', 'housing'],
      area: { placeName: 'Cardiff', region: null, latitude: 51.48, longitude: null },
      website: null,
      contact: null,
    });
  });

  it('reads coordinates strictly', () => {
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('-3.1791')).toBe(-3.1791);
    expect(parseCoordinate('51,4')).toBeNaN();
  });

  it('prefills from a network', () => {
    const values = networkToFormValues({
      id: 'n1',
      slug: 'food',
      name: 'Food',
      kind: 'NETWORK',
      purpose: 'Feed',
      values: 'Care',
      description: '',
      themes: ['food'],
      sectors: ['FUNDER'],
      area: { placeName: null, region: 'WALES', latitude: 51.5, longitude: null },
      scope: 'NATIONAL',
      lifecycleStage: 'ACTIVE',
      isClosed: false,
      closingNote: null,
      visibility: 'PUBLIC',
      website: null,
      contact: 'hello@example.org',
      memberCount: 0,
      viewerRoles: ['FACILITATOR'],
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(values.area).toEqual({ placeName: '', region: 'WALES', latitude: '51.5', longitude: '' });
    expect(values.website).toBe('');
    expect(values.contact).toBe('hello@example.org');
  });
});

describe('facetOptions', () => {
  it('orders by count, limits, and keeps chosen values so they can be unticked', () => {
    const options = facetOptions({
      counts: [
        { value: 'a', count: 1 },
        { value: 'b', count: 5 },
        { value: 'c', count: 3 },
      ],
      selected: ['z'],
      label: (value) => value.toUpperCase(),
      limit: 2,
    });
    expect(options).toEqual([
      { value: 'b', count: 5, label: 'B' },
      { value: 'c', count: 3, label: 'C' },
      { value: 'z', count: 0, label: 'Z' },
    ]);
  });
});
