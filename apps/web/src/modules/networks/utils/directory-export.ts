import { type DirectoryState, effectiveSort, type FacetName } from './directory-params';

export const EXPORT_PATH = '/api/networks/export.csv';

const EXPORT_FACETS: FacetName[] = ['themes', 'regions', 'sectors', 'scopes', 'lifecycleStages', 'kinds'];

/**
 * The CSV export of what the directory shows. The export endpoint takes the
 * filter names as GraphQL spells them (kinds=COALITION), not the directory's
 * short URL names (kind=COALITION); values repeat, like the directory's. The
 * file's headers and labels come in the reader's language (`lang=en` or `cy`).
 */
export function directoryExportUrl(state: DirectoryState, language: string): string {
  const params = new URLSearchParams();
  if (state.search) params.set('search', state.search);
  for (const facet of EXPORT_FACETS) {
    for (const value of state.filters[facet]) params.append(facet, value);
  }
  params.set('sort', effectiveSort(state));
  params.set('lang', language.startsWith('cy') ? 'cy' : 'en');
  return `${EXPORT_PATH}?${params.toString()}`;
}
