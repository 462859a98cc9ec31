import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Executor } from '../../database/database.js';
import { CheckInsService } from '../gatherings/check-ins.service.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { isOpenSpaceError, openSpaceError, OpenSpaceError } from './open-space.errors.js';
import type { PersonName } from '../accounts/person-name.model.js';
import type { PresenceModel } from './presence.model.js';
import { RoomsRepository } from './rooms.repository.js';
import { WallView } from './wall-view.service.js';

/**
 * Breakout rooms and the law of two feet: a person is in at most one room per
 * gathering, and moving is one transaction, serialised per person by an
 * advisory lock. Each room's headcount is kept on its session row, changed
 * under that row's lock (people before rooms, rooms in id order, so two people
 * swapping rooms cannot deadlock) and bounded by a CHECK constraint, so no
 * room is ever over capacity. The move itself is one SQL statement (the
 * open_space_move function): moves are the busiest writes of the day.
 */
@Injectable()
export class RoomsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RoomsService.name);
  /** People whose room page is connected to this process: their presence is kept fresh. */
  private readonly connected = new Map<string, { gatheringId: string; personId: string; count: number }>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly rooms: RoomsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: OpenSpaceAccess,
    private readonly wall: WallView,
    private readonly checkIns: CheckInsService,
  ) {}

  onModuleInit(): void {
    // A third of the timeout: refresh who is connected, and end the presence of whoever went silent.
    const every = Math.max(1, Math.floor(this.config.openSpace.presenceTimeoutSeconds / 3)) * 1000;
    this.heartbeat = setInterval(() => {
      void this.refreshAndSweep().catch((error: Error) => this.logger.warn(`presence upkeep failed: ${error.message}`));
    }, every);
    this.heartbeat.unref();
  }

  onModuleDestroy(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  /**
   * Moves the viewer into the room of a placed session (leaving any other room of the gathering in the
   * same step). Walking into an online room is coming to the gathering: the check-in is recorded in
   * the move's transaction (an in-person room's move stays one statement).
   */
  async join(sessionId: string, viewer: Viewer): Promise<PresenceModel> {
    const { gatheringId, online } = await this.access.roomEntry(sessionId, viewer);
    if (online)
      await this.rooms.transaction(async (trx) => {
        await this.moveOnce(gatheringId, sessionId, viewer.personId, undefined, trx);
        await this.checkIns.recordOnlineJoin(gatheringId, viewer.personId, trx);
      });
    else await this.moveOnce(gatheringId, sessionId, viewer.personId);
    return { gatheringId, session: (await this.wall.sessionModels([sessionId]))[0] ?? null };
  }

  async leave(gatheringId: string, viewer: Viewer): Promise<PresenceModel> {
    await this.access.visibleGathering(gatheringId, viewer);
    await this.moveOnce(gatheringId, null, viewer.personId);
    return { gatheringId, session: null };
  }

  /**
   * Somewhere new: a room in the same time slot as yours (or the slot on now)
   * with space, where you know fewest of the people (people who share a
   * network with you), then the emptiest; never the room you are in.
   */
  async somewhereNew(gatheringId: string, viewer: Viewer): Promise<PresenceModel> {
    await this.access.visibleGathering(gatheringId, viewer);
    await this.access.assertParticipant(gatheringId, viewer);
    const candidates = await this.rooms.roomsWithSpace(gatheringId, viewer.personId);
    // The best first; if it fills up meanwhile, the next.
    for (const candidate of candidates) {
      try {
        return await this.join(candidate, viewer);
      } catch (error) {
        if (!isOpenSpaceError(error, OpenSpaceError.RoomFull)) throw error;
      }
    }
    throw openSpaceError(OpenSpaceError.NowhereNew);
  }

  async presence(gatheringId: string, viewer: Viewer): Promise<PresenceModel> {
    const sessionId = await this.rooms.roomOf(gatheringId, viewer.personId);
    return { gatheringId, session: sessionId ? ((await this.wall.sessionModels([sessionId]))[0] ?? null) : null };
  }

  /** Who is in a room now, and everyone who came to it, in one statement. */
  peopleOf(sessionId: string): Promise<{ here: PersonName[]; came: PersonName[] }> {
    return this.rooms.peopleOf(sessionId);
  }

  /** The people who took part in a breakout: its host, everyone who came to its room, whoever wrote a note there. */
  participantsOf(sessionId: string): Promise<string[]> {
    return this.rooms.participantsOf(sessionId);
  }

  /** Keeps this person's presence fresh while their room page is connected here. Returns the release. */
  keepPresent(gatheringId: string, personId: string): () => void {
    const key = `${gatheringId}:${personId}`;
    const entry = this.connected.get(key) ?? { gatheringId, personId, count: 0 };
    entry.count += 1;
    this.connected.set(key, entry);
    return () => {
      entry.count -= 1;
      if (entry.count <= 0) this.connected.delete(key);
    };
  }

  /** Refreshes connected people's presence, then ends every presence silent for longer than the timeout. */
  async refreshAndSweep(): Promise<number> {
    const people = [...this.connected.values()];
    if (people.length > 0) await this.rooms.touch(people);
    const silent = await this.rooms.silentFor(this.config.openSpace.presenceTimeoutSeconds);
    let ended = 0;
    for (const { gatheringId, personId } of silent) {
      // Only if still silent once locked: they may have come back meanwhile.
      if (await this.moveOnce(gatheringId, null, personId, this.config.openSpace.presenceTimeoutSeconds)) ended += 1;
    }
    return ended;
  }

  /** One step (see RoomsRepository.move): leave the current room, enter `target`. Returns whether anything changed. */
  private async moveOnce(
    gatheringId: string,
    target: string | null,
    personId: string,
    onlyIfSilentFor?: number,
    db?: Executor,
  ): Promise<boolean> {
    const outcome = await this.rooms.move(gatheringId, personId, target, onlyIfSilentFor ?? null, db);
    if (outcome === 'full') throw openSpaceError(OpenSpaceError.RoomFull);
    if (outcome === 'not_placed') throw openSpaceError(OpenSpaceError.NotPlaced);
    return outcome === 'moved';
  }
}
