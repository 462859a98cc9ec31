import { stringify, type ColumnOption, type Options, type Stringifier } from 'csv-stringify';
import { stringify as stringifyNow } from 'csv-stringify/sync';

// The one CSV writer of every export. A cell a spreadsheet would read as a
// formula (=HYPERLINK(…), +cmd|…, -2+3, @SUM(…), or one starting with a tab
// or carriage return) is written as text: a single quote in front, as OWASP
// advises for CSV injection, and every text cell quoted. Whoever opens the
// file sees what was typed, and nothing runs.

/** Spreadsheets (Excel, LibreOffice) read accents right in UTF-8 with a byte-order mark. */
export const CSV_BOM = '\ufeff';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet must read it: as text, never as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const SAFE: Options = {
  header: true,
  quoted_string: true,
  cast: { string: neutraliseFormula },
};

/** A streaming CSV writer (with a header row) for large exports; write rows keyed by column. */
export function csvWriter(columns: ColumnOption[]): Stringifier {
  return stringify({ ...SAFE, columns });
}

/** A whole CSV file (with its byte-order mark and a header row) from rows keyed by column. */
export function csvFile(rows: Record<string, string | number>[], columns?: ColumnOption[]): string {
  return CSV_BOM + stringifyNow(rows, { ...SAFE, ...(columns ? { columns } : {}) });
}
