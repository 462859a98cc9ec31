/** The columns the import reads, in the order the example file uses. */
export const IMPORT_COLUMNS = ['name', 'website', 'area', 'themes', 'sectors', 'kind'] as const;

/** The server refuses bigger files; checking first saves a long upload. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const EXAMPLE_ROWS: ReadonlyArray<Record<ImportColumn, string>> = [
  {
    name: 'Splott Community Pantry',
    website: 'https://splottpantry.example.org',
    area: 'Cardiff',
    themes: 'food; poverty',
    sectors: 'community group',
    kind: 'network',
  },
  {
    name: 'Grangetown Growers, Cardiff',
    website: '',
    area: 'Grangetown',
    themes: 'food; growing',
    sectors: 'voluntary sector; lived experience',
    kind: 'organisation',
  },
];

// Quote a cell only when it needs it: commas, quotes or line breaks.
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** CSV text (header plus rows) for the given records, with Windows line endings as spreadsheets expect. */
export function toCsv(rows: ReadonlyArray<Record<ImportColumn, string>>): string {
  const lines = [IMPORT_COLUMNS.join(','), ...rows.map((row) => IMPORT_COLUMNS.map((column) => cell(row[column])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export function buildExampleCsv(): string {
  return toCsv(EXAMPLE_ROWS);
}
