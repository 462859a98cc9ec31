import { NetworksError, networksError } from '../networks.errors.js';
import type { NetworksArgs } from '../directory/dtos/networks.args.js';
import { LifecycleStage, NetworkKind, NetworkScope, NetworkSort, Region, Sector } from '../network.enums.js';

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** Enum NAMES in the query string (as GraphQL spells them) to their values. */
function enumList<E extends Record<string, string>>(values: unknown, enumeration: E, param: string): E[keyof E][] {
  return asList(values).map((name) => {
    const value = enumeration[name.toUpperCase() as keyof E];
    if (!value) {
      const error = networksError(NetworksError.UnknownFilterValue, name);
      error.extensions.fields = { [param]: `"${name}" is not one of ${Object.keys(enumeration).join(', ')}.` };
      throw error;
    }
    return value;
  });
}

/** The directory's search, filters and sort from a URL query (as the web app's directory page puts them). */
export function directoryArgsFromQuery(query: Record<string, unknown>): Omit<NetworksArgs, 'sort'> & { sort?: NetworkSort } {
  const search = typeof query.search === 'string' ? query.search.slice(0, 200) : undefined;
  const sort = query.sort === undefined ? undefined : enumList(query.sort, NetworkSort, 'sort')[0];
  return {
    first: 100,
    search,
    sort,
    filter: {
      themes: asList(query.themes),
      regions: enumList(query.regions, Region, 'regions'),
      sectors: enumList(query.sectors, Sector, 'sectors'),
      scopes: enumList(query.scopes, NetworkScope, 'scopes'),
      lifecycleStages: enumList(query.lifecycleStages, LifecycleStage, 'lifecycleStages'),
      kinds: enumList(query.kinds, NetworkKind, 'kinds'),
    },
  };
}
