import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
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
    return (await this.readable(sessionId, viewer)).room;
  }

  /**
   * The room, for whoever takes part; a closed gathering's rooms stay readable
   * (only writing is refused there), so this never uses the write check.
   */
  private async readable(sessionId: string, viewer: Viewer): Promise<{ room: RoomModel; closed: boolean }> {
    const entity = await this.sessions.visibleSession(sessionId, viewer);
    await this.access.assertParticipant(entity.gatheringId, viewer);
    return { room: await this.load(sessionId, entity.gatheringStatus), closed: entity.gatheringStatus === GatheringStatus.CLOSED };
  }

  /**
   * The room live: first the whole room, again whenever the session or who is
   * here changes, and new or changed notes and actions. While subscribed, the
   * viewer's presence is kept fresh.
   */
  async updates(sessionId: string, viewer: Viewer): Promise<AsyncIterableIterator<{ roomUpdates: RoomUpdate }>> {
    // Refuses at once whoever may not take part. Nobody is kept present in the room of a closed gathering.
    const { room: first, closed } = await this.readable(sessionId, viewer);
    const release = closed ? () => undefined : this.rooms.keepPresent(first.session.gatheringId, viewer.personId);
    let fresh: RoomModel | null = first;
    return this.live.stream(
      roomTopic(first.session.gatheringId, sessionId),
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

  /** The whole room; its gathering's status read afresh unless just read (`status`). */
  private async load(sessionId: string, status?: GatheringStatus): Promise<RoomModel> {
    const [[session], gatheringStatus, { here, came }, notes, actions] = await Promise.all([
      this.wall.sessionModels([sessionId]),
      status ?? this.sessions.gatheringStatusOf(sessionId),
      this.rooms.peopleOf(sessionId),
      this.harvest.notes({ sessionId }),
      this.harvest.actions({ sessionId }),
    ]);
    return { session, gatheringStatus, people: here, whoCame: came, notes, actions };
  }
}
