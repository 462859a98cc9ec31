import type {
  LifecycleStage,
  NetworkFilter,
  NetworkKind,
  NetworkScope,
  DirectoryGraphQueryVariables,
  NetworkSort,
  NetworksDirectoryQueryVariables,
  Region,
  Sector,
} from '../../../gql/graphql';
import { isLifecycleStage, isNetworkKind, isNetworkScope, isNetworkSort, isRegion, isSector } from './network-enums';

export const DIRECTORY_PAGE_SIZE = 20;

export interface DirectoryFilters {
  kinds: NetworkKind[];
  sectors: Sector[];
  scopes: NetworkScope[];
  lifecycleStages: LifecycleStage[];
  regions: Region[];
  themes: string[];
}

export type FacetName = keyof DirectoryFilters;

export interface DirectoryState {
  search: string;
  /** Only set when someone chose it; otherwise it follows the search. */
  sort: NetworkSort | null;
  filters: DirectoryFilters;
}

// Short, readable query-string names: /networks?q=food&kind=COALITION&region=WALES
export const FACET_PARAMS: Record<FacetName, string> = {
  kinds: 'kind',
  sectors: 'sector',
  scopes: 'scope',
  lifecycleStages: 'stage',
  regions: 'region',
  themes: 'theme',
};

const FACET_NAMES = Object.keys(FACET_PARAMS) as FacetName[];

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function readAll<T extends string>(params: URLSearchParams, name: string, accept: (value: string) => value is T): T[] {
  return unique(params.getAll(name).filter(accept));
}

const anyText = (value: string): value is string => value.trim() !== '';

/** Reads the directory's state from the URL, ignoring anything it does not recognise. */
export function parseDirectoryParams(params: URLSearchParams): DirectoryState {
  const sort = params.get('sort');
  return {
    search: (params.get('q') ?? '').trim(),
    sort: sort && isNetworkSort(sort) ? sort : null,
    filters: {
      kinds: readAll(params, FACET_PARAMS.kinds, isNetworkKind),
      sectors: readAll(params, FACET_PARAMS.sectors, isSector),
      scopes: readAll(params, FACET_PARAMS.scopes, isNetworkScope),
      lifecycleStages: readAll(params, FACET_PARAMS.lifecycleStages, isLifecycleStage),
      regions: readAll(params, FACET_PARAMS.regions, isRegion),
      themes: readAll(params, FACET_PARAMS.themes, anyText),
    },
  };
}

/** Writes the state back to a query string, leaving out defaults so links stay short. */
export function toDirectoryParams(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.sort) params.set('sort', state.sort);
  for (const facet of FACET_NAMES) {
    for (const value of state.filters[facet]) params.append(FACET_PARAMS[facet], value);
  }
  return params;
}

/** Relevance only means something when there is a search; without one, sort by name. */
export function effectiveSort(state: Pick<DirectoryState, 'search' | 'sort'>): NetworkSort {
  if (state.sort && (state.sort !== 'RELEVANCE' || state.search)) return state.sort;
  return state.search ? 'RELEVANCE' : 'NAME';
}

export function hasFilters(state: DirectoryState): boolean {
  return FACET_NAMES.some((facet) => state.filters[facet].length > 0);
}

/** The search and filters as query variables: the list and the map pick networks out the same way. */
export function toDirectoryMatchVariables(state: DirectoryState): DirectoryGraphQueryVariables {
  const filter: NetworkFilter = {};
  for (const facet of FACET_NAMES) {
    const values = state.filters[facet];
    // The cast is safe: each facet list was checked against its enum when read.
    if (values.length > 0) (filter as Record<FacetName, string[]>)[facet] = values;
  }
  return {
    ...(state.search ? { search: state.search } : {}),
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
  };
}

export function toDirectoryVariables(state: DirectoryState): NetworksDirectoryQueryVariables {
  return { ...toDirectoryMatchVariables(state), sort: effectiveSort(state), first: DIRECTORY_PAGE_SIZE };
}

export function withFilterValues(state: DirectoryState, facet: FacetName, values: string[]): DirectoryState {
  return { ...state, filters: { ...state.filters, [facet]: unique(values) } };
}

/**
 * A facet's values after a person's change, applied to the values in the address now: what they
 * ticked (in `after`, not in `before`, the values they saw) is added and what they unticked is taken
 * out, so a tick landing before the previous one has rendered keeps both.
 */
export function movedValues(before: readonly string[], after: readonly string[], now: readonly string[]): string[] {
  const removed = new Set(before.filter((value) => !after.includes(value)));
  return unique([...now.filter((value) => !removed.has(value)), ...after.filter((value) => !before.includes(value))]);
}

export function withoutFilters(state: DirectoryState): DirectoryState {
  return { ...state, filters: parseDirectoryParams(new URLSearchParams()).filters };
}
