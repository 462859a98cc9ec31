import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { sameForEveryone } from '../../common/graphql/shared-events.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Executor } from '../../database/database.js';
import { GridRepository, type SpaceRow } from './grid.repository.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive, wallTopic } from './open-space-live.service.js';
import type { SessionModel } from './session.model.js';
import { SessionsRepository, type SessionViewRow } from './sessions.repository.js';
import type { SpaceModel } from './space.model.js';
import type { WallUpdate } from './wall-update.model.js';
import type { WallModel } from './wall.model.js';

/** The agenda wall as people see it: spaces, time slots and sessions, read and kept live. */
@Injectable()
export class WallView {
  constructor(
    private readonly grid: GridRepository,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: OpenSpaceAccess,
    private readonly live: OpenSpaceLive,
  ) {}

  /** The wall; its video-call links only for people who take part (signed-out visitors and the waiting list see none). */
  async wall(gatheringId: string, viewer: Viewer | null): Promise<WallModel> {
    return (await this.wallFor(gatheringId, viewer)).wall;
  }

  /**
   * The wall live: first the whole wall, then the sessions that changed (a fresh wall when spaces or slots change).
   * Whether this subscriber is given video-call links is decided with each whole wall (on connecting and on every
   * resync), so changed sessions, loaded once for everyone, go out in two versions: with links and without.
   */
  async updates(gatheringId: string, viewer: Viewer | null): Promise<AsyncIterableIterator<{ wallUpdates: WallUpdate }>> {
    const first = await this.wallFor(gatheringId, viewer); // refuses at once whoever may not see the gathering
    let fresh: WallModel | null = first.wall;
    // A whole wall is sent again on a resync, with the status and clock of that moment.
    let withLinks = first.withLinks;
    return this.live.stream(
      wallTopic(gatheringId),
      async () => {
        const snapshot = fresh ? { ...fresh, serverTime: new Date() } : await this.wall(gatheringId, viewer);
        fresh = null;
        return { wallUpdates: { snapshot, sessions: [] } };
      },
      async (signal) => {
        // What changed is loaded once for every subscriber in this process. A fresh wall says what each
        // subscriber starred, so it is executed for each; changed sessions look the same to all who are
        // given links, and to all who are not (sameForEveryone).
        if (signal.resync) {
          const again = await this.wallFor(gatheringId, viewer, () => this.live.shared(signal, () => this.load(gatheringId)));
          withLinks = again.withLinks;
          return { wallUpdates: { snapshot: again.wall, sessions: [] } };
        }
        const changed = await this.live.shared(signal, async () => {
          const sessions = await this.sessionModels(signal.sessionIds);
          return {
            withLinks: sameForEveryone({ wallUpdates: { snapshot: null, sessions } }),
            withoutLinks: sameForEveryone({ wallUpdates: { snapshot: null, sessions: sessions.map(sessionWithoutVideoLink) } }),
          };
        });
        return withLinks ? changed.withLinks : changed.withoutLinks;
      },
    );
  }

  /** The wall as this viewer may see it, and whether it carries video-call links (NOT_FOUND if they may not see it). */
  private async wallFor(
    gatheringId: string,
    viewer: Viewer | null,
    load = () => this.load(gatheringId),
  ): Promise<{ wall: WallModel; withLinks: boolean }> {
    const { status } = await this.access.visibleGathering(gatheringId, viewer);
    const [loaded, withLinks] = await Promise.all([load(), this.access.takesPart(gatheringId, viewer)]);
    const wall = { ...loaded, gatheringStatus: status, serverTime: new Date() };
    return { wall: withLinks ? wall : withoutVideoLinks(wall), withLinks };
  }

  /** The whole wall of a gathering, links and all: for people who may see it, after checking they may. */
  private async load(gatheringId: string): Promise<Omit<WallModel, 'gatheringStatus' | 'serverTime'>> {
    const [spaces, slots, ids] = await Promise.all([
      this.grid.spaces(gatheringId),
      this.grid.slots(gatheringId),
      this.sessions.currentIds(gatheringId),
    ]);
    return {
      gatheringId,
      spaces: spaces.map((s) => this.spaceModel(s)),
      slots: slots.map(({ id, startsAt, endsAt, label }) => ({ id, startsAt, endsAt, label })),
      sessions: await this.sessionModels(ids),
    };
  }

  /** Sessions by id, in that order, with their hosts, slots and spaces (one statement). */
  async sessionModels(ids: string[], db?: Executor): Promise<SessionModel[]> {
    if (ids.length === 0) return [];
    const rows = await this.sessions.views(ids, db);
    const byId = new Map(rows.map((row) => [row.id, this.sessionModel(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async starredBy(gatheringId: string, viewer: Viewer | null): Promise<string[]> {
    return viewer ? this.sessions.starredBy(gatheringId, viewer.personId) : [];
  }

  spaceModel(space: Pick<SpaceRow, 'id' | 'name' | 'capacity' | 'tags' | 'videoRoom'>): SpaceModel {
    return {
      id: space.id,
      name: space.name,
      capacity: space.capacity,
      tags: space.tags,
      videoUrl: space.videoRoom ? `${this.config.openSpace.videoCallBaseUrl}/${space.videoRoom}` : null,
    };
  }

  private sessionModel(row: SessionViewRow): SessionModel {
    const { hostId, hostName, slotStartsAt, slotEndsAt, slotLabel, spaceName, spaceCapacity, spaceTags, spaceVideoRoom, ...session } = row;
    return {
      ...session,
      host: { id: hostId, displayName: hostName },
      slot:
        session.slotId && slotStartsAt && slotEndsAt
          ? { id: session.slotId, startsAt: slotStartsAt, endsAt: slotEndsAt, label: slotLabel }
          : null,
      space:
        session.spaceId && spaceName !== null && spaceCapacity !== null
          ? this.spaceModel({
              id: session.spaceId,
              name: spaceName,
              capacity: spaceCapacity,
              tags: spaceTags ?? [],
              videoRoom: spaceVideoRoom,
            })
          : null,
    };
  }
}

/** A wall as shown to people without a place: rooms without their video-call links. */
function withoutVideoLinks(wall: WallModel): WallModel {
  return {
    ...wall,
    spaces: wall.spaces.map((space) => ({ ...space, videoUrl: null })),
    sessions: wall.sessions.map(sessionWithoutVideoLink),
  };
}

function sessionWithoutVideoLink(session: SessionModel): SessionModel {
  return session.space ? { ...session, space: { ...session.space, videoUrl: null } } : session;
}
