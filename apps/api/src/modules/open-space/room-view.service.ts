import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { sameForEveryone } from '../../common/graphql/shared-events.js';
import { HarvestService } from './harvest.service.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { OpenSpaceLive, roomTopic } from './open-space-live.service.js';
import type { RoomUpdate } from './room-update.model.js';
import type { RoomModel } from './room.model.js';
import { RoomsService } from './rooms.service.js';
import { SessionsService } from './sessions.service.js';
import { WallView } from './wall-view.service.js';

/** A breakout room as people in it see it: the session, who is here, notes and actions, read and kept live. */
@Injectable()
export class RoomView {
  constructor(
    private readonly access: OpenSpaceAccess,
    private readonly sessions: SessionsService,
    private readonly wall: WallView,
    private readonly rooms: RoomsService,
    private readonly harvest: HarvestService,
    private readonly live: OpenSpaceLive,
  ) {}

  /** The room of a placed session, for participants (on site or following from afar). */
  async room(sessionId: string, viewer: Viewer): Promise<RoomModel> {
    const entity = await this.sessions.sessionFor(sessionId, viewer);
    await this.access.assertParticipant(entity.gatheringId, viewer);
    return this.load(sessionId);
  }

  /**
   * The room live: first the whole room, again whenever the session or who is
   * here changes, and new or changed notes and actions. While subscribed, the
   * viewer's presence is kept fresh.
   */
  async updates(sessionId: string, viewer: Viewer): Promise<AsyncIterableIterator<{ roomUpdates: RoomUpdate }>> {
    const first = await this.room(sessionId, viewer); // refuses at once whoever may not take part
    const release = this.rooms.keepPresent(first.session.gatheringId, viewer.personId);
    let fresh: RoomModel | null = first;
    return this.live.stream(
      roomTopic(sessionId),
      async () => {
        const snapshot = fresh ?? (await this.load(sessionId));
        fresh = null;
        return { roomUpdates: { snapshot, notes: [], actions: [] } };
      },
      async (signal) => {
        // Access was checked on subscribing; what changed is loaded once for every subscriber here.
        // A room looks the same to everyone in it: one execution per change for all of them (sameForEveryone).
        return this.live.shared(signal, async () => {
          if (signal.resync || signal.sessionIds.length > 0) {
            return sameForEveryone({ roomUpdates: { snapshot: await this.load(sessionId), notes: [], actions: [] } });
          }
          const [notes, actions] = await Promise.all([
            signal.noteIds.length ? this.harvest.notes({ ids: signal.noteIds }) : [],
            signal.actionIds.length ? this.harvest.actions({ ids: signal.actionIds }) : [],
          ]);
          return sameForEveryone({ roomUpdates: { snapshot: null, notes, actions } });
        });
      },
      release,
    );
  }

  private async load(sessionId: string): Promise<RoomModel> {
    const [[session], people, notes, actions] = await Promise.all([
      this.wall.sessionModels([sessionId]),
      this.rooms.peopleIn(sessionId),
      this.harvest.notes({ sessionId }),
      this.harvest.actions({ sessionId }),
    ]);
    return { session, people, notes, actions };
  }
}
