import { Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Viewer } from '../../common/access/request-context.js';
import type { Executor } from '../../database/database.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditAction, AuditSubject } from '../audit/audit.enums.js';
import type { CheckInCodeModel } from './check-in-code.model.js';
import { CheckInsRepository } from './check-ins.repository.js';
import type { CheckInWithCodeInput } from './dtos/check-in-with-code.input.js';
import type { RegistrationIdInput } from './dtos/registration-id.input.js';
import type { Gathering, Registration } from './gathering.js';
import { CheckInMethod, GatheringStatus, RegistrationStatus } from './gathering.enums.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { GatheringsService } from './gatherings.service.js';
import type { RegistrationModel } from './registration.model.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { RegistrationsService } from './registrations.service.js';

/** People check themselves in with the code while the gathering is on. */
const OPEN_FOR_CHECK_IN = [GatheringStatus.PUBLISHED, GatheringStatus.LIVE];
/** Conveners may also correct who came after it closed. */
const OPEN_FOR_CORRECTION = [...OPEN_FOR_CHECK_IN, GatheringStatus.CLOSED];

const sameCode = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Who came (check_ins, the one record of attendance: a registration shows ATTENDED from it). Three
 * ways in: the person themself with the gathering's code (the QR code), a convener's tick, or joining
 * an online breakout room (open space calls recordOnlineJoin in its own transaction). Whichever way,
 * a person is checked in once.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly repository: CheckInsRepository,
    private readonly registrationRows: RegistrationsRepository,
    private readonly registrations: RegistrationsService,
    private readonly gatherings: GatheringsService,
    private readonly gatheringRows: GatheringsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The code for the door and the board (conveners); made when first asked for. */
  async code(gatheringId: string): Promise<CheckInCodeModel> {
    const gathering = await this.gatheringRows.get(gatheringId);
    return this.codeModel(gathering, await this.repository.ensureCode(gathering.id, newCheckInCode()));
  }

  /** A new code (conveners): the old one is refused from now on (a photo of the door's QR code shared too widely). */
  async regenerateCode(gatheringId: string): Promise<CheckInCodeModel> {
    const gathering = await this.gatheringRows.get(gatheringId);
    return this.codeModel(gathering, await this.repository.replaceCode(gathering.id, newCheckInCode()));
  }

  /**
   * The viewer checks themself in with the gathering's code, while it is published or live. With
   * `register`, someone not yet registered for an open gathering takes a free place and checks in in
   * one step (capacity holds as for registering). Checking in again changes nothing.
   */
  async withCode(input: CheckInWithCodeInput, viewer: Viewer): Promise<RegistrationModel> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    if (!OPEN_FOR_CHECK_IN.includes(gathering.status)) throw gatheringsError(GatheringsError.CheckInNotOpen, gathering.status);
    const code = await this.repository.code(gathering.id);
    if (!code || !sameCode(code, input.code)) throw gatheringsError(GatheringsError.WrongCheckInCode);
    const mine = await this.registrationRows.active(gathering.id, viewer.personId);
    if (mine && mine.status !== RegistrationStatus.REGISTERED) throw gatheringsError(GatheringsError.NoPlaceToCheckIn);
    if (!mine && !input.register) throw gatheringsError(GatheringsError.NotRegistered);
    const registration = mine
      ? await this.gatheringRows.transaction(async (trx) => {
          await this.repository.checkIn(trx, { gatheringId: gathering.id, personId: viewer.personId }, CheckInMethod.CODE, null);
          return mine;
        })
      : await this.registerAndCheckIn(gathering, viewer);
    return this.registrations.model(registration, false, viewer);
  }

  private registerAndCheckIn(gathering: Gathering, viewer: Viewer) {
    return this.registrations.takePlaceAndThen({ gatheringId: gathering.id, shareAccessNeeds: false }, viewer, gathering, async (trx) => {
      await this.repository.checkIn(trx, { gatheringId: gathering.id, personId: viewer.personId }, CheckInMethod.CODE, null);
    });
  }

  /** A convener ticks a person with a place in (while it runs, or to correct the record after it closed). */
  async tick(input: RegistrationIdInput, viewer: Viewer): Promise<RegistrationModel> {
    const registration = await this.correct(input, viewer, AuditAction.CHECK_IN_TICKED, (trx, place) =>
      this.repository.checkIn(trx, { gatheringId: place.gatheringId, registrationId: place.id }, CheckInMethod.CONVENER, viewer.personId),
    );
    return this.registrations.model(registration, true, viewer);
  }

  /** A convener takes a check-in back (a tick by mistake), however it was made. */
  async untick(input: RegistrationIdInput, viewer: Viewer): Promise<RegistrationModel> {
    const registration = await this.correct(input, viewer, AuditAction.CHECK_IN_UNTICKED, (trx, place) =>
      this.repository.remove(trx, place.id),
    );
    return this.registrations.model(registration, true, viewer);
  }

  /**
   * Joining an online breakout room is coming: open space calls this in the transaction of the move.
   * Only a person with a place is checked in (conveners without one are not counted); once, whatever
   * else they did.
   */
  async recordOnlineJoin(gatheringId: string, personId: string, trx: Executor): Promise<void> {
    await this.repository.checkIn(trx, { gatheringId, personId }, CheckInMethod.ONLINE_ROOM, null);
  }

  /**
   * Changes the check-in of a registration with a place at this gathering (another gathering's is NOT_FOUND),
   * while corrections are open; a change (not a tick of someone already in) goes on the audit trail with it.
   */
  private async correct(
    input: RegistrationIdInput,
    viewer: Viewer,
    action: AuditAction.CHECK_IN_TICKED | AuditAction.CHECK_IN_UNTICKED,
    change: (trx: Executor, place: Registration) => Promise<boolean>,
  ): Promise<Registration> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    if (!OPEN_FOR_CORRECTION.includes(gathering.status)) throw gatheringsError(GatheringsError.CheckInNotOpen, gathering.status);
    return this.gatheringRows.transaction(async (trx) => {
      const place = await this.registrationRows.withStatus(trx, input.registrationId, gathering.id, RegistrationStatus.REGISTERED);
      if (!place) throw gatheringsError(GatheringsError.NotRegistered);
      if (await change(trx, place)) {
        const detail = { gatheringId: gathering.id, personId: place.personId, gatheringStatus: gathering.status };
        await this.audit.record(viewer, { action, subjectType: AuditSubject.REGISTRATION, subjectId: place.id, detail }, trx);
      }
      return place;
    });
  }

  private codeModel(gathering: Gathering, code: string): CheckInCodeModel {
    return {
      gatheringId: gathering.id,
      code,
      path: `/gatherings/${encodeURIComponent(gathering.slug)}/check-in?code=${encodeURIComponent(code)}`,
    };
  }
}

/** 128 random bits, URL-safe (22 characters): not guessable, and short enough for a clear QR code. */
export const newCheckInCode = () => randomBytes(16).toString('base64url');
