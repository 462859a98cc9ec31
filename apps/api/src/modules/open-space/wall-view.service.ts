import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { sameForEveryone } from '../../common/graphql/shared-events.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { PersonName } from '../accounts/person-name.model.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive, wallTopic } from './open-space-live.service.js';
import type { SessionModel } from './session.model.js';
import { SpaceEntity } from './space.entity.js';
import type { SpaceModel } from './space.model.js';
import { TimeSlotEntity } from './time-slot.entity.js';
import type { TimeSlotModel } from './time-slot.model.js';
import type { WallUpdate } from './wall-update.model.js';
import type { WallModel } from './wall.model.js';

/** The agenda wall as people see it: spaces, time slots and sessions, read and kept live. */
@Injectable()
export class WallView {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
  ) {}

  async wall(gatheringId: string, viewer: Viewer | null): Promise<WallModel> {
    const gathering = await this.access.visibleGathering(gatheringId, viewer);
    const [spaces, slots, ids] = await Promise.all([
      this.dataSource.getRepository(SpaceEntity).find({ where: { gatheringId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(TimeSlotEntity).find({ where: { gatheringId }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.dataSource.query(`SELECT id FROM agenda_sessions WHERE gathering_id = $1 AND merged_into_id IS NULL ORDER BY created_at, id`, [
        gatheringId,
      ]) as Promise<{ id: string }[]>,
    ]);
    return {
      gatheringId: gathering.id,
      spaces: spaces.map((s) => this.spaceModel(s)),
      slots,
      sessions: await this.sessionModels(ids.map((r) => r.id)),
    };
  }

  /** The wall live: first the whole wall, then the sessions that changed (a fresh wall when spaces or slots change). */
  async updates(gatheringId: string, viewer: Viewer | null): Promise<AsyncIterableIterator<{ wallUpdates: WallUpdate }>> {
    let fresh: WallModel | null = await this.wall(gatheringId, viewer); // refuses at once whoever may not see the gathering
    const wall = () => this.wall(gatheringId, viewer);
    return this.live.stream(
      wallTopic(gatheringId),
      async () => {
        const snapshot = fresh ?? (await wall());
        fresh = null;
        return { wallUpdates: { snapshot, sessions: [] } };
      },
      async (signal) => {
        // What changed is loaded once for every subscriber in this process. A fresh wall says what each
        // subscriber starred, so it is executed for each; changed sessions look the same to all (sameForEveryone).
        if (signal.resync) return { wallUpdates: { snapshot: await this.live.shared(signal, wall), sessions: [] } };
        return this.live.shared(signal, async () =>
          sameForEveryone({ wallUpdates: { snapshot: null, sessions: await this.sessionModels(signal.sessionIds) } }),
        );
      },
    );
  }

  /** Sessions by id, in that order, with their hosts, slots and spaces (one statement). */
  async sessionModels(ids: string[], manager: EntityManager | DataSource = this.dataSource): Promise<SessionModel[]> {
    if (ids.length === 0) return [];
    type Row = Omit<SessionModel, 'host' | 'slot' | 'space'> & {
      host: PersonName;
      slot: TimeSlotModel | null;
      space: Pick<SpaceEntity, 'id' | 'name' | 'capacity' | 'tags' | 'videoRoom'> | null;
    };
    const rows: Row[] = await manager.query(
      `SELECT s.id, s.gathering_id AS "gatheringId", s.title, s.description, s.needs, s.slot_id AS "slotId", s.space_id AS "spaceId",
              s.capacity, s.headcount, s.interest_count AS "interestCount", s.merged_into_id AS "mergedIntoId", s.version::text AS version,
              json_build_object('id', p.id, 'displayName', p.display_name) AS host,
              CASE WHEN t.id IS NOT NULL THEN json_build_object('id', t.id, 'startsAt', t.starts_at, 'endsAt', t.ends_at, 'label', t.label) END AS slot,
              CASE WHEN sp.id IS NOT NULL THEN json_build_object('id', sp.id, 'name', sp.name, 'capacity', sp.capacity, 'tags', sp.tags,
                                                                 'videoRoom', sp.video_room) END AS space
         FROM agenda_sessions s JOIN people p ON p.id = s.host_id
              LEFT JOIN time_slots t ON t.id = s.slot_id
              LEFT JOIN spaces sp ON sp.id = s.space_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(
      rows.map((row) => [
        row.id,
        {
          ...row,
          slot: row.slot && { ...row.slot, startsAt: new Date(row.slot.startsAt), endsAt: new Date(row.slot.endsAt) },
          space: row.space && this.spaceModel(row.space),
        },
      ]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async starredBy(gatheringId: string, viewer: Viewer | null): Promise<string[]> {
    if (!viewer) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT i.session_id AS id FROM session_interests i JOIN agenda_sessions s ON s.id = i.session_id
        WHERE s.gathering_id = $1 AND i.person_id = $2`,
      [gatheringId, viewer.personId],
    );
    return rows.map((r) => r.id);
  }

  spaceModel(space: Pick<SpaceEntity, 'id' | 'name' | 'capacity' | 'tags' | 'videoRoom'>): SpaceModel {
    return {
      id: space.id,
      name: space.name,
      capacity: space.capacity,
      tags: space.tags,
      videoUrl: space.videoRoom ? `${this.config.openSpace.videoCallBaseUrl}/${space.videoRoom}` : null,
    };
  }
}
