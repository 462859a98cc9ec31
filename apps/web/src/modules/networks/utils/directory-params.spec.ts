import {
  effectiveSort,
  movedValues,
  parseDirectoryParams,
  toDirectoryParams,
  toDirectoryMatchVariables,
  toDirectoryVariables,
  withFilterValues,
  withoutFilters,
} from './directory-params';

const parse = (query: string) => parseDirectoryParams(new URLSearchParams(query));

describe('directory URL state', () => {
  it('reads search, sort and every facet from the query string', () => {
    const state = parse(
      'q=+food+&sort=NEWEST&kind=COALITION&sector=VOLUNTARY_SECTOR&scope=LOCAL&stage=ACTIVE&region=WALES&theme=food&theme=housing',
    );
    expect(state).toEqual({
      search: 'food',
      sort: 'NEWEST',
      filters: {
        kinds: ['COALITION'],
        sectors: ['VOLUNTARY_SECTOR'],
        scopes: ['LOCAL'],
        lifecycleStages: ['ACTIVE'],
        regions: ['WALES'],
        themes: ['food', 'housing'],
      },
    });
  });

  it('ignores values it does not recognise, and repeats', () => {
    const state = parse('sort=LOUDEST&kind=CLUB&kind=NETWORK&kind=NETWORK&sector=&region=');
    expect(state.sort).toBeNull();
    expect(state.filters.kinds).toEqual(['NETWORK']);
    expect(state.filters.sectors).toEqual([]);
    expect(state.filters.regions).toEqual([]);
  });

  it('round-trips through the query string', () => {
    const query = 'q=food&sort=SIZE&kind=COALITION&kind=NETWORK&region=NORTH_WEST&theme=food';
    expect(toDirectoryParams(parse(query)).toString()).toBe(query);
  });

  it('leaves defaults out of the query string', () => {
    expect(toDirectoryParams(parse('')).toString()).toBe('');
  });

  it('adds and removes filter values', () => {
    const withKinds = withFilterValues(parse(''), 'kinds', ['COALITION', 'COALITION', 'NETWORK']);
    expect(withKinds.filters.kinds).toEqual(['COALITION', 'NETWORK']);
    expect(withoutFilters(withKinds).filters.kinds).toEqual([]);
  });
});

describe('directory query variables', () => {
  it('sends only the filters that are set', () => {
    expect(toDirectoryVariables(parse('kind=COALITION&theme=food'))).toEqual({
      filter: { kinds: ['COALITION'], themes: ['food'] },
      sort: 'NAME',
      first: 20,
    });
  });

  it('sorts by relevance when searching, by name when not', () => {
    expect(toDirectoryVariables(parse('q=fod'))).toEqual({ search: 'fod', sort: 'RELEVANCE', first: 20 });
    expect(effectiveSort({ search: '', sort: 'RELEVANCE' })).toBe('NAME');
    expect(effectiveSort({ search: 'fod', sort: 'NEWEST' })).toBe('NEWEST');
  });

  it('gives the map the same search and filters as the list, without sort or paging', () => {
    expect(toDirectoryMatchVariables(parse('q=food&sort=NEWEST&kind=COALITION&view=map'))).toEqual({
      search: 'food',
      filter: { kinds: ['COALITION'] },
    });
    expect(toDirectoryMatchVariables(parse(''))).toEqual({});
  });
});

describe('movedValues', () => {
  it('applies what the person ticked and unticked to the values in the address now', () => {
    // They saw none and ticked Scotland, while their Wales tick was already in the address.
    expect(movedValues([], ['SCOTLAND'], ['WALES'])).toEqual(['WALES', 'SCOTLAND']);
    // They saw Wales and Scotland and unticked Wales.
    expect(movedValues(['WALES', 'SCOTLAND'], ['SCOTLAND'], ['WALES', 'SCOTLAND', 'LONDON'])).toEqual(['SCOTLAND', 'LONDON']);
    expect(movedValues(['WALES'], ['WALES', 'WALES'], ['WALES'])).toEqual(['WALES']);
  });
});
