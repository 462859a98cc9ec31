import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { csvFile } from '../../common/csv/csv.js';
import { AppError } from '../../common/errors/app-error.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { GatheringsService, type Gathering } from '../gatherings/gatherings.service.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DayRecordService, type DayRecord } from '../open-space/day-record.service.js';
import type { SaveHarvestInput } from './dtos/save-harvest.input.js';
import type { SetHarvestStatusInput } from './dtos/set-harvest-status.input.js';
import { actionRows, harvestFileName, harvestMarkdown } from './harvest-export.js';
import { HarvestStatus, HarvestVisibility } from './harvest.enums.js';
import { harvestError, HarvestError } from './harvest.errors.js';
import type { HarvestModel } from './harvest.model.js';
import { HarvestsRepository, type HarvestAccessRow, type HarvestRow } from './harvests.repository.js';

/** A file for the reader: its name and its text. */
export interface HarvestFile {
  filename: string;
  body: string;
}

/**
 * The harvest of a gathering: its conveners write it (draft), publish it to
 * the readers they choose, and may take it back to draft. Who may read it:
 * its conveners always; once published, the gathering's participants, or
 * everyone who can see the gathering. Anyone else is told there is none, so
 * a draft's existence is never given away.
 */
@Injectable()
export class HarvestsService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly harvests: HarvestsRepository,
    private readonly gatherings: GatheringsService,
    private readonly day: DayRecordService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The harvest the viewer may read, or null (none yet, a draft, or not for them); NOT_FOUND for a gathering they cannot see. */
  async read(gatheringId: string, viewer: Viewer | null): Promise<HarvestModel | null> {
    const gathering = await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const access = await this.harvests.access(gathering.id, viewer?.personId ?? null);
    if (!mayRead(access)) return null;
    return this.model(gathering, access.harvest, access.convener, await this.day.of(gathering.id));
  }

  /** As read, but NOT_FOUND when there is nothing to read (for files: there is no "null" download). */
  async readOrFail(gatheringId: string, viewer: Viewer | null): Promise<{ harvest: HarvestModel; gathering: Gathering }> {
    const gathering = await this.gatherings.findVisible({ id: gatheringId }, viewer).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND' ? harvestError(HarvestError.NotFound) : error;
    });
    const access = await this.harvests.access(gathering.id, viewer?.personId ?? null);
    if (!mayRead(access) || access.harvest?.status !== HarvestStatus.PUBLISHED) throw harvestError(HarvestError.NotFound);
    return { gathering, harvest: this.model(gathering, access.harvest, access.convener, await this.day.of(gathering.id)) };
  }

  async markdown(gatheringId: string, viewer: Viewer | null): Promise<HarvestFile> {
    const { harvest, gathering } = await this.readOrFail(gatheringId, viewer);
    return { filename: harvestFileName(gathering.slug, 'md'), body: harvestMarkdown(harvest, gathering.timeZone) };
  }

  async actionsCsv(gatheringId: string, viewer: Viewer | null): Promise<HarvestFile> {
    const { harvest, gathering } = await this.readOrFail(gatheringId, viewer);
    const columns = ['session', 'action', 'owner', 'due', 'done'].map((key) => ({ key }));
    return { filename: harvestFileName(gathering.slug, 'csv', 'actions'), body: csvFile(actionRows(harvest), columns) };
  }

  /** Writes the themes and who may read; CONFLICT if another convener saved since `expectedVersion`. */
  async save(input: SaveHarvestInput, viewer: Viewer): Promise<HarvestModel> {
    const gathering = await this.convenerGathering(input.gatheringId, viewer);
    const themes = input.themes.map(({ heading, body }) => ({ heading, body }));
    await this.db.transaction().execute(async (trx) => {
      const saved =
        input.expectedVersion === 0
          ? await this.harvests.insert(
              { gatheringId: gathering.id, themes, visibility: input.visibility, updatedById: viewer.personId },
              trx,
            )
          : await this.harvests.update(gathering.id, input.expectedVersion, { themes, visibility: input.visibility }, viewer.personId, trx);
      if (!saved) throw harvestError(HarvestError.Changed);
    });
    return (await this.read(gathering.id, viewer))!;
  }

  /** Publishes (telling its readers, once each) or takes it back to draft; CONFLICT if it changed since `expectedVersion`. */
  async setStatus(input: SetHarvestStatusInput, viewer: Viewer): Promise<HarvestModel> {
    const gathering = await this.convenerGathering(input.gatheringId, viewer);
    await this.db.transaction().execute(async (trx) => {
      const saved =
        input.expectedVersion === 0
          ? await this.harvests.insert(
              {
                gatheringId: gathering.id,
                themes: [],
                visibility: HarvestVisibility.PARTICIPANTS,
                status: input.status,
                updatedById: viewer.personId,
              },
              trx,
            )
          : await this.harvests.update(gathering.id, input.expectedVersion, { status: input.status }, viewer.personId, trx);
      if (!saved) throw harvestError(HarvestError.Changed);
      if (input.status === HarvestStatus.PUBLISHED) await this.tellReaders(gathering, viewer, trx);
    });
    return (await this.read(gathering.id, viewer))!;
  }

  /**
   * HARVEST_PUBLISHED to the gathering's participants and conveners: they may
   * read it whichever visibility was chosen (everyone else who could is not
   * told of every gathering). Once each, however often it is republished.
   */
  private async tellReaders(gathering: Gathering, viewer: Viewer, trx: Executor): Promise<void> {
    await this.notifications.notify(
      {
        kind: NotificationKind.HARVEST_PUBLISHED,
        recipientIds: await this.harvests.participantIds(gathering.id, trx),
        actorId: viewer.personId,
        subject: { type: NotificationSubject.HARVEST, id: gathering.id },
        eventKey: `harvest-published:${gathering.id}`,
        data: { gatheringTitle: gathering.title, gatheringSlug: gathering.slug },
      },
      trx,
    );
  }

  /** The gathering, if the viewer convenes it: NOT_FOUND if they cannot see it, FORBIDDEN if they can but do not convene. */
  private async convenerGathering(gatheringId: string, viewer: Viewer): Promise<Gathering> {
    const gathering = await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const { convener } = await this.harvests.access(gathering.id, viewer.personId);
    if (!convener) throw harvestError(HarvestError.ConvenersOnly);
    return gathering;
  }

  private model(gathering: Gathering, harvest: HarvestRow | null, convener: boolean, day: DayRecord): HarvestModel {
    const notes = groupBy(day.notes, (n) => n.sessionId);
    const actions = groupBy(day.actions, (a) => a.sessionId);
    return {
      gatheringId: gathering.id,
      gatheringTitle: gathering.title,
      gatheringSlug: gathering.slug,
      status: harvest?.status ?? HarvestStatus.DRAFT,
      visibility: harvest?.visibility ?? HarvestVisibility.PARTICIPANTS,
      themes: harvest?.themes ?? [],
      version: harvest?.version ?? 0,
      publishedAt: harvest?.publishedAt ?? null,
      updatedAt: harvest?.updatedAt ?? null,
      viewerMayEdit: convener,
      sessions: day.sessions.map((session) => ({
        ...session,
        notes: (notes.get(session.id) ?? []).map(({ text, authorName }) => ({ text, authorName })),
        actions: (actions.get(session.id) ?? []).map(({ id, what, ownerName, ownerId, dueOn, done }) => ({
          id,
          what,
          ownerName,
          ownerId,
          dueOn,
          done,
        })),
      })),
    };
  }
}

/** Conveners always; once published, participants, or everyone who can see the gathering, as the conveners chose. */
function mayRead({ harvest, convener, participant }: HarvestAccessRow): boolean {
  if (convener) return true;
  if (harvest?.status !== HarvestStatus.PUBLISHED) return false;
  return harvest.visibility === HarvestVisibility.EVERYONE || participant;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
