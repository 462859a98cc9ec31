import { Injectable } from '@nestjs/common';
import slugify from '@sindresorhus/slugify';
import { parse } from 'csv-parse/sync';
import type { Viewer } from '../../../common/access/request-context.js';
import { RolesService } from '../../roles/roles.service.js';
import { NetworksRepository } from '../directory/networks.repository.js';
import { NetworksError, networksError } from '../networks.errors.js';
import { NetworkMembershipsRepository } from '../ties/network-memberships.repository.js';
import { LifecycleStage, NetworkRole, NetworkScope } from '../network.enums.js';
import { IMPORT_COLUMNS, isRowError, MAX_IMPORT_ROWS, readImportRow, type ImportRow, type RowError } from './network-csv-row.js';
import { networkSlug } from '../directory/network-slug.js';

export interface ImportPreview {
  rows: number;
  valid: number;
  errors: RowError[];
  /** The first rows as they would be imported. */
  sample: ImportRow[];
}

const BATCH = 500;

/**
 * Bulk import of member networks from CSV: a preview that names every bad row,
 * then an all-or-nothing import. Imported networks are unclaimed listings kept
 * by the importer, and active members of the importing network.
 */
@Injectable()
export class NetworkImportService {
  constructor(
    private readonly networks: NetworksRepository,
    private readonly ties: NetworkMembershipsRepository,
    private readonly roles: RolesService,
  ) {}

  preview(csv: string): ImportPreview {
    const checked = this.read(csv);
    const errors = checked.filter(isRowError);
    const valid = checked.filter((r): r is ImportRow => !isRowError(r));
    return { rows: checked.length, valid: valid.length, errors, sample: valid.slice(0, 10) };
  }

  private read(csv: string): (ImportRow | RowError)[] {
    let records: Record<string, string>[];
    try {
      records = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        trim: true,
      });
    } catch (error) {
      const line = (error as { lines?: number }).lines;
      throw networksError(NetworksError.CsvUnreadable, line ? String(line) : undefined);
    }
    if (records.length === 0) throw networksError(NetworksError.CsvEmpty);
    if (!('name' in records[0])) throw networksError(NetworksError.CsvNoNameColumn, IMPORT_COLUMNS.join(', '));
    if (records.length > MAX_IMPORT_ROWS) throw networksError(NetworksError.CsvTooManyRows, MAX_IMPORT_ROWS.toLocaleString('en-GB'));

    const seen = new Map<string, number>();
    return records.map((record, index) => {
      const row = index + 2;
      const read = readImportRow(record, row);
      if (isRowError(read)) return read;
      const earlier = seen.get(read.name.toLowerCase());
      if (earlier) return { row, reason: `the same name as row ${earlier}` };
      seen.set(read.name.toLowerCase(), row);
      return read;
    });
  }

  /** Imports every row or none: any bad row refuses the whole file, listing the rows. */
  async import(
    csv: string,
    parentNetworkId: string,
    viewer: Viewer,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ imported: number }> {
    const checked = this.read(csv);
    const errors = checked.filter(isRowError);
    if (errors.length > 0) {
      const error = networksError(NetworksError.CsvBadRows, String(errors.length));
      Object.assign(error.extensions, { fields: { file: errors.map((e) => `Row ${e.row}: ${e.reason}`).join('\n') }, rowErrors: errors });
      throw error;
    }
    const rows = checked as ImportRow[];
    await this.networks.transaction(async (trx) => {
      const slugs = freeSlugs(
        await this.networks.slugsStartingWith(
          rows.map((r) => slugify(r.name)),
          trx,
        ),
        rows.map((r) => slugify(r.name)),
      );
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        const ids = await this.networks.insertMany(
          batch.map((r, i) => ({
            name: r.name,
            slug: slugs[start + i],
            kind: r.kind,
            website: r.website,
            placeName: r.placeName,
            themes: r.themes,
            sectors: r.sectors,
            scope: NetworkScope.LOCAL,
            isClaimed: false,
          })),
          trx,
        );
        await this.roles.grantMany(
          ids.map((scopeId) => ({ personId: viewer.personId, scopeId, role: NetworkRole.FACILITATOR })),
          'network',
          trx,
        );
        await this.networks.addLifecycleEvents(
          ids.map((networkId) => ({ networkId, stage: LifecycleStage.FORMING, changedById: viewer.personId })),
          trx,
        );
        await this.ties.insertActiveMembers(ids, parentNetworkId, trx);
        onProgress?.(start + batch.length, rows.length);
      }
    });
    return { imported: rows.length };
  }
}

/** A free slug for each base, given what is taken and what this import already used. */
function freeSlugs(taken: Set<string>, bases: string[]): string[] {
  return bases.map((base) => {
    const slug = networkSlug(base, taken, false);
    taken.add(slug);
    return slug;
  });
}
