import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import slugify from '@sindresorhus/slugify';
import { parse } from 'csv-parse/sync';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../../common/access/request-context.js';
import { AppError, badUserInput } from '../../../common/errors/app-error.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { RoleAssignmentEntity } from '../../roles/role-assignment.entity.js';
import { NetworkLifecycleEventEntity } from '../network-lifecycle-event.entity.js';
import { MembershipStatus, NetworkMembershipEntity, TieType } from '../network-membership.entity.js';
import { NetworkEntity } from '../network.entity.js';
import { LifecycleStage, NetworkRole, NetworkScope } from '../network.enums.js';
import { IMPORT_COLUMNS, isRowError, MAX_IMPORT_ROWS, readImportRow, type ImportRow, type RowError } from './network-csv-row.js';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
      throw badUserInput({
        file: `This file is not valid CSV${line ? ` (near line ${line})` : ''}. Save it from your spreadsheet as "CSV UTF-8" and try again.`,
      });
    }
    if (records.length === 0) throw badUserInput({ file: 'This file has no rows under its header.' });
    if (!('name' in records[0])) {
      throw badUserInput({
        file: `The first row must name the columns; a "name" column is needed. Columns we read: ${IMPORT_COLUMNS.join(', ')}.`,
      });
    }
    if (records.length > MAX_IMPORT_ROWS)
      throw badUserInput({ file: `Import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows at a time.` });

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
      throw new AppError(
        'BAD_USER_INPUT',
        `Nothing was imported: ${errors.length} row${errors.length === 1 ? ' needs' : 's need'} fixing first.`,
        {
          fields: { file: errors.map((e) => `Row ${e.row}: ${e.reason}`).join('\n') },
          rowErrors: errors,
        },
      );
    }
    const rows = checked as ImportRow[];
    await this.dataSource.transaction(async (manager) => {
      const slugs = await this.freeSlugs(
        manager,
        rows.map((r) => slugify(r.name)),
      );
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        const inserted = await manager
          .getRepository(NetworkEntity)
          .createQueryBuilder()
          .insert()
          .values(
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
          )
          .returning('id')
          .execute();
        const ids = (inserted.raw as { id: string }[]).map((r) => r.id);
        await manager
          .getRepository(RoleAssignmentEntity)
          .insert(ids.map((scopeId) => ({ personId: viewer.personId, scopeType: 'network', scopeId, role: NetworkRole.FACILITATOR })));
        await manager
          .getRepository(NetworkLifecycleEventEntity)
          .insert(ids.map((networkId) => ({ networkId, stage: LifecycleStage.FORMING, changedById: viewer.personId })));
        await manager.getRepository(NetworkMembershipEntity).insert(
          ids.map((memberId) => ({
            memberId,
            parentId: parentNetworkId,
            tieType: TieType.MEMBER,
            status: MembershipStatus.ACTIVE,
            since: () => 'CURRENT_DATE',
          })) as never,
        );
        onProgress?.(start + batch.length, rows.length);
      }
    });
    return { imported: rows.length };
  }

  /** A free slug for each base, given what is taken and what this import already used. */
  private async freeSlugs(manager: EntityManager, bases: string[]): Promise<string[]> {
    const taken = new Set<string>(
      (
        await manager.query(`SELECT lower(slug) AS slug FROM networks WHERE lower(slug) LIKE ANY($1::text[])`, [
          [...new Set(bases)].map((b) => `${b.replace(/[\\%_]/g, '\\$&')}%`),
        ])
      ).map((r: { slug: string }) => r.slug),
    );
    return bases.map((base) => {
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      return slug;
    });
  }
}
