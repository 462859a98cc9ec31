import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import type { GatheringModel } from '../gatherings/gathering.model.js';
import { GatheringsService } from '../gatherings/gatherings.service.js';
import type { CarryOnSessionInput } from './dtos/carry-on-session.input.js';
import { OpenSpaceAccess } from './open-space-access.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';
import { RoomsService } from './rooms.service.js';
import { SessionsService } from './sessions.service.js';

/**
 * "Carry this on": a follow-up of a breakout, inviting the people who took part
 * in it. Its gathering's conveners may, and so may the session's host (who
 * proposed the topic and held the room) while they still take part; other
 * participants may not, since announcing it invites everyone who came.
 */
@Injectable()
export class CarryOnService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly access: OpenSpaceAccess,
    private readonly rooms: RoomsService,
    private readonly gatherings: GatheringsService,
  ) {}

  async carryOn(input: CarryOnSessionInput, viewer: Viewer): Promise<GatheringModel> {
    // Carrying on is for after the day too: a closed gathering's sessions may be carried on.
    const session = await this.sessions.visibleSession(input.sessionId, viewer);
    if (!(await this.access.isConvener(session.gatheringId, viewer))) {
      if (session.hostId !== viewer.personId) throw openSpaceError(OpenSpaceError.NotHostOrConvener);
      await this.access.assertParticipant(session.gatheringId, viewer);
    }
    const inviteeIds = await this.rooms.participantsOf(session.id);
    const { sessionId: _sessionId, ...fields } = input;
    return this.gatherings.createFollowUp({ ...fields, followUpOfId: session.gatheringId }, viewer, inviteeIds);
  }
}
