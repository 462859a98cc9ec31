import slugify from '@sindresorhus/slugify';
import { isURL } from 'class-validator';
import { NetworkKind, Sector } from '../network.enums.js';
import { normaliseThemes } from '../directory/networks.service.js';

export const IMPORT_COLUMNS = ['name', 'website', 'area', 'themes', 'sectors', 'kind'] as const;
export const MAX_IMPORT_ROWS = 10_000;

export interface ImportRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  name: string;
  website: string | null;
  placeName: string | null;
  themes: string[];
  sectors: Sector[];
  kind: NetworkKind;
}

export interface RowError {
  row: number;
  reason: string;
}

// "voluntary sector", "Voluntary-Sector" and "VOLUNTARY_SECTOR" all mean Sector.VOLUNTARY_SECTOR.
const key = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const SECTORS = new Map(Object.values(Sector).map((s) => [s, s]));
const KINDS = new Map(Object.values(NetworkKind).map((k) => [k, k]));
const list = (value: string | undefined) =>
  (value ?? '')
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Checks one CSV record; returns the row to import or the reasons it cannot be. */
export function readImportRow(record: Record<string, string | undefined>, row: number): ImportRow | RowError {
  const reasons: string[] = [];
  const name = (record.name ?? '').trim().replace(/\s+/g, ' ');
  if (name.length < 2) reasons.push('the name is missing or shorter than 2 characters');
  else if (name.length > 120) reasons.push('the name is longer than 120 characters');
  else if (!slugify(name)) reasons.push('the name needs at least one letter or digit');

  const website = (record.website ?? '').trim() || null;
  if (website && !isURL(website, { require_protocol: true, protocols: ['http', 'https'] }))
    reasons.push(`"${website}" is not a web address starting with https://`);

  const kindText = (record.kind ?? '').trim();
  const kind = kindText ? KINDS.get(key(kindText) as NetworkKind) : NetworkKind.NETWORK;
  if (!kind) reasons.push(`kind "${kindText}" is not one of coalition, network, organisation`);

  const sectors: Sector[] = [];
  for (const text of list(record.sectors)) {
    const sector = SECTORS.get(key(text) as Sector);
    if (sector) sectors.push(sector);
    else reasons.push(`sector "${text}" is not one we know (e.g. community group, voluntary sector, business, public sector)`);
  }

  const themes = normaliseThemes(list(record.themes));
  if (themes.length > 20) reasons.push('more than 20 themes');
  if (themes.some((t) => t.length > 40)) reasons.push('a theme is longer than 40 characters');

  const placeName = (record.area ?? '').trim() || null;
  if (placeName && placeName.length > 120) reasons.push('the area is longer than 120 characters');

  if (reasons.length > 0) return { row, reason: reasons.join('; ') };
  return { row, name, website, placeName, themes, sectors: [...new Set(sectors)], kind: kind! };
}

export const isRowError = (value: ImportRow | RowError): value is RowError => 'reason' in value;
