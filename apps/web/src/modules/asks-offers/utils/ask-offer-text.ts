/** Themes typed as one line ("food, Transport, food") → a clean list, as the API stores them (lower case, no repeats). */
export function parseThemes(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const theme = part.trim().toLowerCase().replace(/\s+/g, ' ');
    if (theme) seen.add(theme);
  }
  return [...seen].slice(0, 10);
}

/** The day `days` after `from`, as YYYY-MM-DD (a default end date). */
export function dayAfter(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The filter a browse form's fields make: empty fields are left out; `status` open/closed/any. */
export function toFilter(fields: {
  search: string;
  side: string;
  kind: string;
  theme: string;
  area: string;
  status: string;
  mine: boolean;
  gathering: string | null;
  network?: string | null;
}) {
  return {
    ...(fields.search.trim() ? { search: fields.search.trim() } : {}),
    ...(fields.side ? { side: fields.side as 'ASK' | 'OFFER' } : {}),
    ...(fields.kind ? { kinds: [fields.kind as 'SKILLS' | 'SPACE' | 'EQUIPMENT' | 'TIME' | 'OTHER'] } : {}),
    ...(fields.theme.trim() ? { theme: fields.theme.trim().toLowerCase() } : {}),
    ...(fields.area.trim() ? { area: fields.area.trim() } : {}),
    ...(fields.status === 'open' ? { open: true } : fields.status === 'closed' ? { open: false } : {}),
    ...(fields.mine ? { mine: true } : {}),
    ...(fields.gathering ? { gatheringId: fields.gathering } : {}),
    ...(fields.network ? { networkId: fields.network } : {}),
  };
}
