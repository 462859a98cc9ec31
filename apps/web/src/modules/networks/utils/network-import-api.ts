import type { NetworkKind, Sector } from '../../../gql/graphql';
import { preloadMessages } from '../../../i18n/i18n';
import { createNdjsonParser } from './ndjson';
import { isNetworkKind, isSector } from './network-enums';

export interface ImportRowError {
  row: number;
  reason: string;
}

export interface ImportSampleRow {
  row: number;
  name: string;
  website: string | null;
  placeName: string | null;
  themes: string[];
  sectors: Sector[];
  kind: NetworkKind;
}

export interface ImportPreview {
  rows: number;
  valid: number;
  errors: ImportRowError[];
  sample: ImportSampleRow[];
}

export interface ImportProgress {
  done: number;
  total: number;
}

/** A refusal from the import endpoints, in the server's words when it gave some. */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly rowErrors: ImportRowError[] = [],
    /** The error's extensions (`reason`, `detail`), for wording it in the reader's language. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ImportRequestError';
  }
}

interface ErrorBody {
  errors?: Array<{
    message?: string;
    extensions?: { code?: string; fields?: { file?: unknown }; rowErrors?: ImportRowError[]; [key: string]: unknown };
  }>;
}

/** Reads the GraphQL-shaped error body the CSV endpoints answer with. */
export function importErrorFrom(status: number, body: unknown): ImportRequestError {
  const first = (body as ErrorBody | null)?.errors?.[0];
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : first?.extensions?.code;
  const rowErrors = first?.extensions?.rowErrors ?? [];
  const file = first?.extensions?.fields?.file;
  // With row errors the rows are listed on their own; otherwise the file message is the most specific.
  const message = rowErrors.length === 0 && typeof file === 'string' && file !== '' ? file : (first?.message ?? '');
  return new ImportRequestError(message, code, rowErrors, first?.extensions);
}

const endpoint = (networkId: string, path: string) => `/api/networks/${encodeURIComponent(networkId)}/${path}`;

async function send(url: string, file: Blob, accept: string): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'text/csv', Accept: accept },
    body: file,
  });
  if (!response.ok) {
    const error = importErrorFrom(response.status, await response.json().catch(() => null));
    // As for a GraphQL refusal (app/apollo.ts): the words for its reason arrive before anyone reads it.
    if (error.extensions.reason) await preloadMessages(['reasons']);
    throw error;
  }
  return response;
}

type RawSampleRow = Omit<ImportSampleRow, 'sectors' | 'kind'> & { sectors: string[]; kind: string };

// The endpoint answers with the server's own enum values ("community_group"); the app uses the schema's names.
export function normalisePreview(raw: Omit<ImportPreview, 'sample'> & { sample: RawSampleRow[] }): ImportPreview {
  return {
    ...raw,
    sample: raw.sample.map((row) => {
      const kind = row.kind.toUpperCase();
      return {
        ...row,
        kind: isNetworkKind(kind) ? kind : 'NETWORK',
        sectors: row.sectors.map((sector) => sector.toUpperCase()).filter(isSector),
      };
    }),
  };
}

/** Checks a file without importing anything. */
export async function previewImport(networkId: string, file: Blob): Promise<ImportPreview> {
  const response = await send(endpoint(networkId, 'import/preview'), file, 'application/json');
  return normalisePreview((await response.json()) as Parameters<typeof normalisePreview>[0]);
}

/** Imports every row (or none), reporting progress from the server's NDJSON stream; resolves with the number imported. */
export async function runImport(networkId: string, file: Blob, onProgress: (progress: ImportProgress) => void): Promise<number> {
  const response = await send(endpoint(networkId, 'import'), file, 'application/x-ndjson');
  const parser = createNdjsonParser();
  let imported: number | undefined;
  const handle = (values: unknown[]) => {
    for (const value of values as Array<Partial<ImportProgress> & { imported?: number } & ErrorBody>) {
      // An error after the stream has started arrives as a last line.
      if (value.errors) throw importErrorFrom(response.status, value);
      if (typeof value.imported === 'number') imported = value.imported;
      else if (typeof value.done === 'number' && typeof value.total === 'number') onProgress({ done: value.done, total: value.total });
    }
  };

  if (response.body) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      handle(parser.push(decoder.decode(value, { stream: true })));
    }
    handle(parser.push(decoder.decode()));
  } else {
    handle(parser.push(await response.text()));
  }
  handle(parser.flush());

  if (imported === undefined) throw new ImportRequestError('', undefined);
  return imported;
}
