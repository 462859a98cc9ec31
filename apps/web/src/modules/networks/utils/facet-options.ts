interface FacetCount {
  value: string;
  count: number;
}

export const TOP_THEMES = 10;

interface FacetOptionsInput {
  counts: readonly Pick<FacetCount, 'value' | 'count'>[];
  selected: readonly string[];
  label: (value: string) => string | null;
  limit?: number;
}

/**
 * The options a facet offers: what the API counted (most first), cut to
 * `limit`, plus anything already chosen so it can always be unticked.
 * Values the label function does not know (null) are left out.
 */
export function facetOptions({ counts, selected, label, limit }: FacetOptionsInput) {
  const counted = [...counts].sort((a, b) => b.count - a.count).slice(0, limit ?? counts.length);
  const missing = selected.filter((value) => !counted.some((facet) => facet.value === value)).map((value) => ({ value, count: 0 }));
  return [...counted, ...missing].flatMap(({ value, count }) => {
    const text = label(value);
    return text === null ? [] : [{ value, count, label: text }];
  });
}
