import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { MailerService } from '../../common/mail/mailer.service.js';
import { letterTo, mailTemplatesFor } from '../../common/mail/templates/index.js';
import type { Executor } from '../../database/database.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import { PeopleService } from '../accounts/people.service.js';
import { NetworkRole } from '../networks/network.enums.js';
import { AuditAction, AuditSubject } from '../audit/audit.enums.js';
import { AuditService } from '../audit/audit.service.js';
import type { DecideRegistrationInput } from './dtos/decide-registration.input.js';
import type { GatheringIdInput } from './dtos/gathering-id.input.js';
import type { RegisterForGatheringInput } from './dtos/register-for-gathering.input.js';
import type { Gathering, GatheringInvitation, Registration } from './gathering.js';
import { GatheringStatus, RegistrationMode, RegistrationStatus } from './gathering.enums.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { GatheringNotices } from './gathering-notices.service.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { GatheringsService } from './gatherings.service.js';
import { InvitationsService } from './invitations.service.js';
import type { ParticipantsArgs } from './dtos/participants.args.js';
import type { Participant } from './participant.model.js';
import type { RegistrationModel } from './registration.model.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { isUUID } from 'class-validator';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '../../common/pagination/connection.model.js';
import { CommonError, commonError } from '../../common/errors/common.errors.js';

const OPEN_FOR_REGISTRATION = [GatheringStatus.PUBLISHED, GatheringStatus.LIVE];

/** The status a person sees: ATTENDED is never stored, it is a place (REGISTERED) with a check-in. */
const attendance = (status: RegistrationStatus, checkIn: unknown) =>
  status === RegistrationStatus.REGISTERED && checkIn ? RegistrationStatus.ATTENDED : status;

/** REGISTERED when a place is free, else WAITLISTED (the gathering locked). */
export const placeOrQueue = (locked: Gathering) =>
  locked.capacity === null || locked.registeredCount < locked.capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;

/**
 * Places at gatherings. Every change to who has a place happens under the
 * gathering's row lock (SELECT … FOR UPDATE), so places are handed out one at
 * a time in arrival order, across any number of API processes; the
 * gatherings_within_capacity check constraint backs it up.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly repository: RegistrationsRepository,
    private readonly gatheringRows: GatheringsRepository,
    private readonly networks: GatheringNetworksRepository,
    private readonly gatherings: GatheringsService,
    private readonly invitations: InvitationsService,
    private readonly people: PeopleService,
    private readonly mailer: MailerService,
    private readonly audit: AuditService,
    private readonly notices: GatheringNotices,
    private readonly checkIns: CheckInsRepository,
  ) {}

  /** Takes a place, a place in the queue, or asks the conveners; through an invitation link when a code is given. */
  async register(input: RegisterForGatheringInput, viewer: Viewer): Promise<RegistrationModel> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    const invitation = input.invitationCode ? await this.invitations.check(input.invitationCode, gathering.id) : null;
    return this.model(await this.take(input, viewer, gathering, invitation), false, viewer);
  }

  /**
   * Registers the viewer for an open gathering only if a place is free (never the waiting list or the
   * conveners' approval: GatheringFull, NoPlaceToCheckIn), then runs `then` in the same transaction
   * (checking them in at the door), so capacity holds exactly as for registering.
   */
  async takePlaceAndThen(
    input: RegisterForGatheringInput,
    viewer: Viewer,
    gathering: Gathering,
    then: (trx: Executor, registration: Registration) => Promise<void>,
  ): Promise<Registration> {
    if (gathering.registrationMode !== RegistrationMode.OPEN) throw gatheringsError(GatheringsError.NoPlaceToCheckIn, 'closed');
    return this.take(input, viewer, gathering, null, { placeOnly: true, then });
  }

  private async take(
    input: RegisterForGatheringInput,
    viewer: Viewer,
    gathering: Gathering,
    invitation: Pick<GatheringInvitation, 'id' | 'networkId'> | null,
    options: { placeOnly?: boolean; then?: (trx: Executor, registration: Registration) => Promise<void> } = {},
  ): Promise<Registration> {
    const invitationId = invitation?.id ?? null;
    const representing = await this.representing(input, invitation, viewer);
    if (!OPEN_FOR_REGISTRATION.includes(gathering.status)) throw gatheringsError(GatheringsError.NotOpen, gathering.status);
    if (gathering.registrationMode === RegistrationMode.INVITATION_ONLY && !invitationId)
      throw gatheringsError(GatheringsError.InvitationOnly);
    try {
      return await this.gatheringRows.transaction(async (trx) => {
        const locked = await this.gatheringRows.lock(trx, gathering.id);
        if (!locked || !OPEN_FOR_REGISTRATION.includes(locked.status))
          throw gatheringsError(GatheringsError.NotOpen, locked?.status ?? 'gone');
        const status = locked.registrationMode === RegistrationMode.APPROVAL ? RegistrationStatus.PENDING_APPROVAL : placeOrQueue(locked);
        if (options.placeOnly && status !== RegistrationStatus.REGISTERED)
          throw gatheringsError(
            locked.registrationMode === RegistrationMode.OPEN ? GatheringsError.GatheringFull : GatheringsError.NoPlaceToCheckIn,
          );
        const registration = await this.repository.insert(trx, {
          gatheringId: locked.id,
          personId: viewer.personId,
          status,
          representingNetworkIds: [...new Set(representing)],
          accessNeeds: input.accessNeeds || null,
          shareAccessNeeds: input.shareAccessNeeds,
          invitationId,
        });
        if (status === RegistrationStatus.REGISTERED) await this.gatheringRows.countPlaces(trx, locked.id, 1);
        // Weave confirms (no actor), so the person is told of their own registration.
        await this.notices.registration(registration, status, 'registered', locked, null, trx);
        await options.then?.(trx, registration);
        return registration;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw gatheringsError(GatheringsError.AlreadyRegistered);
      throw error;
    }
  }

  /**
   * The networks the person comes on behalf of, checked: networks they hold a role in, and the
   * network whose link they came through (issued on its behalf by someone in it, who vouches for
   * them). Anything else is refused with the same answer whether or not the network is one they
   * may see, naming none. Through a network's link they represent it unless they say otherwise.
   */
  private async representing(
    input: RegisterForGatheringInput,
    invitation: Pick<GatheringInvitation, 'networkId'> | null,
    viewer: Viewer,
  ): Promise<string[]> {
    const asked = [...new Set(input.representingNetworkIds ?? [])];
    if (asked.length === 0) return invitation?.networkId ? [invitation.networkId] : [];
    const held = await this.gatheringRows.networksHeld(asked, viewer.personId, Object.values(NetworkRole));
    if (asked.some((id) => !held.has(id) && id !== invitation?.networkId)) throw gatheringsError(GatheringsError.NotInRepresentedNetwork);
    return asked;
  }

  /** Cancels the viewer's registration; a freed place goes to the first on the waiting list. */
  async cancel(input: GatheringIdInput, viewer: Viewer): Promise<RegistrationModel> {
    const { gatheringId } = input;
    await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const { cancelled } = await this.gatheringRows.transaction(async (trx) => {
      const locked = await this.gatheringRows.lock(trx, gatheringId);
      if (!locked) throw gatheringsError(GatheringsError.NotFound);
      const mine = await this.repository.active(gatheringId, viewer.personId, trx);
      if (!mine) throw gatheringsError(GatheringsError.NotRegistered);
      await this.repository.setStatus(trx, mine.id, RegistrationStatus.CANCELLED);
      // A cancelled place did not come: its check-in goes with it (one truth about who came).
      await this.checkIns.remove(trx, mine.id);
      let next: Registration | undefined;
      if (mine.status === RegistrationStatus.REGISTERED) {
        next = await this.repository.nextWaiting(trx, gatheringId);
        if (next) {
          await this.repository.setStatus(trx, next.id, RegistrationStatus.REGISTERED);
          await this.notices.registration(next, RegistrationStatus.REGISTERED, 'promoted', locked, null, trx);
        } else await this.gatheringRows.countPlaces(trx, gatheringId, -1);
      }
      return { cancelled: { ...mine, status: RegistrationStatus.CANCELLED } };
    });
    return this.model(cancelled, false, viewer);
  }

  /** A convener approves (a place, or the waiting list when full) or declines a PENDING_APPROVAL registration. */
  async decide(input: DecideRegistrationInput, viewer: Viewer): Promise<RegistrationModel> {
    const { gatheringId, registrationId, approve } = input;
    const decided = await this.gatheringRows.transaction(async (trx) => {
      const pending = await this.repository.withStatus(trx, registrationId, gatheringId, RegistrationStatus.PENDING_APPROVAL);
      if (!pending) throw gatheringsError(GatheringsError.NotRegistered);
      const locked = await this.gatheringRows.lock(trx, pending.gatheringId);
      if (!locked) throw gatheringsError(GatheringsError.NotFound);
      const status = approve ? placeOrQueue(locked) : RegistrationStatus.CANCELLED;
      if (status === RegistrationStatus.REGISTERED) await this.gatheringRows.countPlaces(trx, locked.id, 1);
      await this.repository.setStatus(trx, pending.id, status);
      await this.notices.registration(pending, status, 'decided', locked, viewer, trx);
      const detail = { approved: approve, status, gatheringId: locked.id, personId: pending.personId };
      await this.audit.record(
        viewer,
        { action: AuditAction.REGISTRATION_DECIDED, subjectType: AuditSubject.REGISTRATION, subjectId: pending.id, detail },
        trx,
      );
      const decided = { ...pending, status };
      await this.tellDecided(decided, locked, trx);
      return decided;
    });
    return this.model(decided, true, viewer);
  }

  /**
   * A declined registration is told by email here, queued in the decision's transaction; a place or the
   * waiting list is a notification (GatheringNotices), emailed as the person chose.
   */
  private async tellDecided(decided: Registration, gathering: Gathering, trx: Executor): Promise<void> {
    if (decided.status !== RegistrationStatus.CANCELLED) return;
    const [person] = await this.people.contacts([decided.personId], trx);
    if (!person) return;
    const t = mailTemplatesFor(person.locale);
    const url = this.mailer.link(`/gatherings/${gathering.slug}`);
    await this.mailer.send(letterTo(person, t, t.registrationDeclined({ name: person.displayName, title: gathering.title, url })), trx);
  }

  /** Registrations in arrival order, for conveners (access needs only where shared). */
  async forConveners(gatheringId: string, status: RegistrationStatus | null, viewer: Viewer): Promise<RegistrationModel[]> {
    return this.toModels(await this.repository.list(gatheringId, status ?? undefined), true, viewer);
  }

  /**
   * The people with a place (registered or attended), by name, for those taking part and the conveners only:
   * NOT_FOUND where the gathering is not visible (a draft), FORBIDDEN to everyone else. Constant statements
   * in the page size (a count, a page, the networks they came for).
   */
  async participants(args: ParticipantsArgs, viewer: Viewer): Promise<Connection<Participant>> {
    const gathering = await this.gatherings.findVisible({ id: args.gatheringId }, viewer);
    if (!(await this.repository.takesPart(gathering.id, viewer.personId))) throw gatheringsError(GatheringsError.ParticipantsOnly);
    let after: { sortName: string; personId: string } | undefined;
    if (args.after) {
      const [sortName, personId] = decodeCursor(args.after, 2);
      if (typeof sortName !== 'string' || !isUUID(personId)) throw commonError(CommonError.UnknownCursor);
      after = { sortName, personId: String(personId) };
    }
    const { rows, totalCount } = await this.repository.participantsPage({
      gatheringId: gathering.id,
      search: args.search?.trim() || undefined,
      after,
      limit: args.first + 1,
    });
    const page = rows.slice(0, args.first);
    const networks = new Map(
      (
        await this.networks.summaries(
          page.flatMap((r) => r.representingNetworkIds),
          viewer,
        )
      ).map((n) => [n.id, n]),
    );
    return toConnection(
      rows,
      args.first,
      totalCount,
      (r) => encodeCursor([r.sortName, r.personId]),
      (r) => ({
        personId: r.personId,
        displayName: r.displayName,
        networks: r.representingNetworkIds.flatMap((id) => networks.get(id) ?? []),
        membersOnlyNetworkCount: r.representingNetworkIds.filter((id) => !networks.has(id)).length,
      }),
    );
  }

  /** The viewer's registration loaded with the gathering, as a model. */
  async model(registration: Registration, forConvener: boolean, viewer: Viewer | null): Promise<RegistrationModel> {
    const [model] = await this.toModels([registration], forConvener, viewer);
    return model;
  }

  /** Models with names, waiting-list positions and check-ins (one statement) and the networks represented. */
  async toModels(registrations: Registration[], forConvener: boolean, viewer: Viewer | null): Promise<RegistrationModel[]> {
    const named = await this.repository.namesPositionsAndCheckIns(registrations.map((r) => r.id));
    const networks = new Map(
      (
        await this.networks.summaries(
          registrations.flatMap((r) => r.representingNetworkIds),
          viewer,
        )
      ).map((n) => [n.id, n]),
    );
    return registrations.map((r) => ({
      id: r.id,
      gatheringId: r.gatheringId,
      personId: r.personId,
      personName: named.get(r.id)?.personName ?? '',
      status: attendance(r.status, named.get(r.id)?.checkIn ?? null),
      checkIn: named.get(r.id)?.checkIn ?? null,
      waitlistPosition: named.get(r.id)?.position ?? null,
      // Only networks the viewer may see; the others are counted, never named (see visibleNetworkRow).
      representingNetworkIds: r.representingNetworkIds.filter((id) => networks.has(id)),
      representingNetworks: r.representingNetworkIds.flatMap((id) => networks.get(id) ?? []),
      membersOnlyNetworkCount: r.representingNetworkIds.filter((id) => !networks.has(id)).length,
      accessNeeds: viewer?.personId === r.personId || (forConvener && r.shareAccessNeeds) ? r.accessNeeds : null,
      shareAccessNeeds: r.shareAccessNeeds,
      createdAt: r.createdAt,
    }));
  }

  /**
   * One row per registration for a spreadsheet: arrival order, networks by name (as the viewer may see them), shared
   * access needs only. The download is recorded in the audit trail in the transaction that reads it.
   */
  async exportRows(gatheringId: string, viewer: Viewer): Promise<Record<string, string | number>[]> {
    const rows = await this.gatheringRows.transaction(async (trx) => {
      const read = await this.repository.exportRows(gatheringId, viewer, trx);
      const detail = { export: 'registrations.csv', rows: read.length };
      await this.audit.record(
        viewer,
        { action: AuditAction.EXPORT_DOWNLOADED, subjectType: AuditSubject.GATHERING, subjectId: gatheringId, detail },
        trx,
      );
      return read;
    });
    return rows.map((r, i) => ({
      order: i + 1,
      name: r.name ?? '',
      email: r.email ?? '',
      status: attendance(r.status as RegistrationStatus, r.checkedInAt),
      'checked in at': r.checkedInAt?.toISOString() ?? '',
      'checked in how': r.checkInMethod ?? '',
      'representing networks': r.networks ?? '',
      'access needs (shared)': r.access ?? '',
      'registered at': r.createdAt.toISOString(),
    }));
  }
}
