import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import type { Executor } from '../../database/database.js';
import { GatheringRole, GatheringStatus } from '../gatherings/gathering.enums.js';
import { GatheringsService, type Gathering } from '../gatherings/gatherings.service.js';
import { RolesService } from '../roles/roles.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import { RoomsRepository } from './rooms.repository.js';

/** Who may see and change a gathering's open space: conveners, and participants with a place. */
@Injectable()
export class OpenSpaceAccess {
  constructor(
    private readonly gatherings: GatheringsService,
    private readonly roles: RolesService,
    private readonly rooms: RoomsRepository,
  ) {}

  /** The gathering, if the viewer may see it (drafts are NOT_FOUND but to conveners). */
  visibleGathering(gatheringId: string, viewer: Viewer | null): Promise<Gathering> {
    return this.gatherings.findVisible({ id: gatheringId }, viewer);
  }

  /** The gathering's times, unchangeable until `trx` ends. */
  heldTimes(gatheringId: string, trx: Executor): Promise<{ startsAt: Date; endsAt: Date }> {
    return this.gatherings.heldTimes(gatheringId, trx);
  }

  /** For a gathering loaded with what belongs to it: NOT_FOUND if the viewer may not see it. */
  assertVisible(gathering: Pick<Gathering, 'id' | 'status'>, viewer: Viewer | null): Promise<void> {
    return this.gatherings.assertVisible(gathering, viewer);
  }

  isConvener(gatheringId: string, viewer: Viewer): Promise<boolean> {
    return this.roles.holdsAny(viewer.personId, 'gathering', gatheringId, [GatheringRole.CONVENER]);
  }

  async assertConvener(gatheringId: string, viewer: Viewer): Promise<void> {
    if (!(await this.isConvener(gatheringId, viewer))) throw openSpaceError(OpenSpaceError.ConvenersOnly);
  }

  /** Does the viewer take part (a place, or convening)? Only they are given the rooms' video-call links. */
  async takesPart(gatheringId: string, viewer: Viewer | null): Promise<boolean> {
    return viewer !== null && (await this.rooms.takesPart(gatheringId, viewer.personId));
  }

  /** Conveners, and people with a place, take part; everyone else is refused. */
  async assertParticipant(gatheringId: string, viewer: Viewer): Promise<void> {
    if (!(await this.takesPart(gatheringId, viewer))) throw openSpaceError(OpenSpaceError.NotParticipant);
  }

  /**
   * May the viewer walk into this session's room now? Checked in one statement
   * (joining is the busiest request of the day): the session exists and was
   * not merged away, its gathering is visible, not closed and live, and the
   * viewer takes part. Returns the gathering's id, and whether the room is online.
   */
  async roomEntry(sessionId: string, viewer: Viewer): Promise<{ gatheringId: string; online: boolean }> {
    const row = await this.rooms.roomEntry(sessionId, viewer.personId);
    if (!row || row.merged) throw openSpaceError(OpenSpaceError.SessionNotFound);
    if (row.status === GatheringStatus.DRAFT) {
      // Never live, so never open; but only those preparing it may learn that it exists.
      await this.gatherings.assertVisible({ id: row.gatheringId, status: row.status }, viewer).catch(() => {
        throw openSpaceError(OpenSpaceError.SessionNotFound);
      });
    }
    this.assertNotClosed(row);
    if (row.status !== GatheringStatus.LIVE) throw openSpaceError(OpenSpaceError.NotLive);
    if (!row.participant) throw openSpaceError(OpenSpaceError.NotParticipant);
    return { gatheringId: row.gatheringId, online: row.online };
  }

  /** Nothing changes on the wall of a closed gathering. */
  assertNotClosed(gathering: Pick<Gathering, 'status'>): void {
    if (gathering.status === GatheringStatus.CLOSED) throw openSpaceError(OpenSpaceError.GatheringClosed);
  }
}
