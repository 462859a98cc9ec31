import { exportLanguage } from '../../../i18n/languages';
import { type DirectoryState, effectiveSort, type FacetName } from './directory-params';

export const EXPORT_PATH = '/api/networks/export.csv';
export const GRAPH_EXPORT_PATH = '/api/networks/graph';

/** The files a map can be downloaded as (the API's /api/networks/graph.{format}). */
export const GRAPH_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const EXPORT_FACETS: FacetName[] = ['themes', 'regions', 'sectors', 'scopes', 'lifecycleStages', 'kinds'];

/**
 * The search and filters as the export endpoints take them: filter names as GraphQL spells them
 * (kinds=COALITION), not the directory's short URL names (kind=COALITION); values repeat, like the directory's.
 */
function directoryQuery(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('search', state.search);
  for (const facet of EXPORT_FACETS) {
    for (const value of state.filters[facet]) params.append(facet, value);
  }
  return params;
}

/** The CSV export of what the directory shows, headers and labels in the reader's language. */
export function directoryExportUrl(state: DirectoryState, language: string): string {
  const params = directoryQuery(state);
  params.set('sort', effectiveSort(state));
  params.set('lang', exportLanguage(language));
  return `${EXPORT_PATH}?${params.toString()}`;
}

/** The directory's map as a file: the same search and filters, words in the reader's language. */
export function directoryGraphExportUrl(state: DirectoryState, format: GraphFormat, lang: string): string {
  const params = directoryQuery(state);
  params.set('lang', lang);
  return `${GRAPH_EXPORT_PATH}.${format}?${params.toString()}`;
}

/** One network's neighbourhood as a file, `depth` ties out. */
export function neighbourhoodExportUrl(slug: string, depth: number, format: GraphFormat, lang: string): string {
  const params = new URLSearchParams({ depth: String(depth), lang });
  return `/api/networks/${encodeURIComponent(slug)}/graph.${format}?${params.toString()}`;
}
