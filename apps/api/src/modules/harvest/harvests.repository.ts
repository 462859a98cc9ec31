import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { GatheringRole } from '../gatherings/gathering.enums.js';
import { peopleTakingPart, takesPart } from '../gatherings/gatherings.fragments.js';
import { holdsRole } from '../roles/roles.fragments.js';
import type { HarvestTheme } from './harvest.entity.js';
import { HarvestStatus, HarvestVisibility } from './harvest.enums.js';

export interface HarvestRow {
  gatheringId: string;
  themes: HarvestTheme[];
  status: HarvestStatus;
  visibility: HarvestVisibility;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** The harvest (if any) and how the viewer stands to the gathering, read together. */
export interface HarvestAccessRow {
  harvest: HarvestRow | null;
  convener: boolean;
  participant: boolean;
}

/** All SQL on harvests. */
@Injectable()
export class HarvestsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** One statement: the harvest row and whether `personId` convenes or takes part in the gathering. */
  async access(gatheringId: string, personId: string | null): Promise<HarvestAccessRow> {
    const row = await this.db
      .selectNoFrom((eb) => [
        personId ? holdsRole('gathering', gatheringId, personId, [GatheringRole.CONVENER]).as('convener') : eb.lit(false).as('convener'),
        personId ? takesPart(gatheringId, personId).as('participant') : eb.lit(false).as('participant'),
        eb
          .selectFrom('harvests as h')
          .select(
            sql<HarvestRow>`json_build_object('gatheringId', h.gathering_id, 'themes', h.themes, 'status', h.status,
              'visibility', h.visibility, 'version', h.version, 'publishedAt', h.published_at, 'updatedAt', h.updated_at)`.as('h'),
          )
          .where('h.gatheringId', '=', gatheringId)
          .as('harvest'),
      ])
      .executeTakeFirstOrThrow();
    const harvest = row.harvest as unknown as
      (Omit<HarvestRow, 'publishedAt' | 'updatedAt'> & { publishedAt: string | null; updatedAt: string }) | null;
    return {
      convener: Boolean(row.convener),
      participant: Boolean(row.participant),
      harvest: harvest && {
        ...harvest,
        publishedAt: harvest.publishedAt ? new Date(harvest.publishedAt) : null,
        updatedAt: new Date(harvest.updatedAt),
      },
    };
  }

  /** The first save: false if someone saved first (then the caller's version 0 is stale). */
  async insert(
    harvest: { gatheringId: string; themes: HarvestTheme[]; visibility: HarvestVisibility; status?: HarvestStatus; updatedById: string },
    db: Executor,
  ): Promise<boolean> {
    const published = harvest.status === HarvestStatus.PUBLISHED;
    const row = await db
      .insertInto('harvests')
      .values({
        gatheringId: harvest.gatheringId,
        themes: JSON.stringify(harvest.themes),
        visibility: harvest.visibility,
        status: harvest.status ?? HarvestStatus.DRAFT,
        publishedAt: published ? sql<Date>`now()` : null,
        updatedById: harvest.updatedById,
      })
      .onConflict((oc) => oc.column('gatheringId').doNothing())
      .returning('gatheringId')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Changes the harvest only if it is still at `expectedVersion`; false if someone changed it since. */
  async update(
    gatheringId: string,
    expectedVersion: number,
    change: { themes?: HarvestTheme[]; visibility?: HarvestVisibility; status?: HarvestStatus },
    updatedById: string,
    db: Executor,
  ): Promise<boolean> {
    const row = await db
      .updateTable('harvests')
      .set((eb) => ({
        ...(change.themes ? { themes: JSON.stringify(change.themes) } : {}),
        ...(change.visibility ? { visibility: change.visibility } : {}),
        ...(change.status ? { status: change.status } : {}),
        // The first publication is kept: going back to draft to mend a typo does not make it new.
        ...(change.status === HarvestStatus.PUBLISHED ? { publishedAt: sql<Date>`coalesce(published_at, now())` } : {}),
        version: eb('version', '+', 1),
        updatedById,
        updatedAt: sql<Date>`now()`,
      }))
      .where('gatheringId', '=', gatheringId)
      .where('version', '=', expectedVersion)
      .returning('gatheringId')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Who takes part in the gathering (a place, or convening): the readers told when a harvest is published. */
  async participantIds(gatheringId: string, db: Executor): Promise<string[]> {
    const rows = await db.selectFrom(peopleTakingPart(gatheringId).as('p')).select('p.personId').execute();
    return rows.map((r) => r.personId);
  }
}
