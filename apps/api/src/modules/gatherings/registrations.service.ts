import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { MailerService } from '../../common/mail/mailer.service.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import type { RegisterForGatheringInput } from './dtos/registration.input.js';
import { GatheringEntity } from './gathering.entity.js';
import { GatheringStatus, RegistrationMode, RegistrationStatus } from './gathering.enums.js';
import type { RegistrationModel } from './gathering.model.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import type { NetworkSummary } from '../networks/network-summary.model.js';
import { RegistrationEntity } from './registration.entity.js';

const OPEN_FOR_REGISTRATION = [GatheringStatus.PUBLISHED, GatheringStatus.LIVE];

/**
 * Places at gatherings. Every change to who has a place happens under the
 * gathering's row lock (SELECT … FOR UPDATE), so places are handed out one at
 * a time in arrival order, across any number of API processes; the
 * gatherings_within_capacity check constraint backs it up.
 */
@Injectable()
export class RegistrationsService {
  private readonly logger = new Logger(RegistrationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
  ) {}

  private lock(manager: EntityManager, gatheringId: string): Promise<GatheringEntity | null> {
    return manager.getRepository(GatheringEntity).findOne({ where: { id: gatheringId }, lock: { mode: 'pessimistic_write' } });
  }

  async register(
    input: RegisterForGatheringInput,
    viewer: Viewer,
    gathering: GatheringEntity,
    invitation: { id: string; networkId: string | null } | null = null,
  ): Promise<RegistrationEntity> {
    const invitationId = invitation?.id ?? null;
    // Coming through a network's link, you represent that network unless you say otherwise.
    const representing = input.representingNetworkIds?.length
      ? input.representingNetworkIds
      : invitation?.networkId
        ? [invitation.networkId]
        : [];
    if (!OPEN_FOR_REGISTRATION.includes(gathering.status)) throw gatheringsError(GatheringsError.NotOpen, gathering.status);
    if (gathering.registrationMode === RegistrationMode.INVITATION_ONLY && !invitationId)
      throw gatheringsError(GatheringsError.InvitationOnly);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const locked = await this.lock(manager, gathering.id);
        if (!locked || !OPEN_FOR_REGISTRATION.includes(locked.status))
          throw gatheringsError(GatheringsError.NotOpen, locked?.status ?? 'gone');
        const hasPlace = locked.capacity === null || locked.registeredCount < locked.capacity;
        const status =
          locked.registrationMode === RegistrationMode.APPROVAL
            ? RegistrationStatus.PENDING_APPROVAL
            : hasPlace
              ? RegistrationStatus.REGISTERED
              : RegistrationStatus.WAITLISTED;
        const registration = await manager.getRepository(RegistrationEntity).save(
          manager.getRepository(RegistrationEntity).create({
            gatheringId: locked.id,
            personId: viewer.personId,
            status,
            representingNetworkIds: [...new Set(representing)],
            accessNeeds: input.accessNeeds || null,
            shareAccessNeeds: input.shareAccessNeeds,
            invitationId,
          }),
        );
        if (status === RegistrationStatus.REGISTERED) {
          await manager.getRepository(GatheringEntity).increment({ id: locked.id }, 'registeredCount', 1);
        }
        return registration;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw gatheringsError(GatheringsError.AlreadyRegistered);
      throw error;
    }
  }

  /** Cancels the viewer's registration; a freed place goes to the first on the waiting list. */
  async cancel(gatheringId: string, viewer: Viewer): Promise<{ cancelled: RegistrationEntity; promoted: RegistrationEntity | null }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, gatheringId);
      if (!locked) throw gatheringsError(GatheringsError.NotFound);
      const repo = manager.getRepository(RegistrationEntity);
      const mine = await repo
        .createQueryBuilder('r')
        .where('r.gathering_id = :gatheringId AND r.person_id = :personId AND r.status <> :cancelled', {
          gatheringId,
          personId: viewer.personId,
          cancelled: RegistrationStatus.CANCELLED,
        })
        .getOne();
      if (!mine) throw gatheringsError(GatheringsError.NotRegistered);
      const hadPlace = mine.status === RegistrationStatus.REGISTERED;
      await repo.update({ id: mine.id }, { status: RegistrationStatus.CANCELLED });
      let promoted: RegistrationEntity | null = null;
      if (hadPlace) {
        promoted = await repo
          .createQueryBuilder('r')
          .where('r.gathering_id = :gatheringId AND r.status = :waitlisted', { gatheringId, waitlisted: RegistrationStatus.WAITLISTED })
          .orderBy('r.arrival', 'ASC')
          .limit(1)
          .getOne();
        if (promoted) await repo.update({ id: promoted.id }, { status: RegistrationStatus.REGISTERED });
        else await manager.getRepository(GatheringEntity).decrement({ id: gatheringId }, 'registeredCount', 1);
      }
      return { cancelled: { ...mine, status: RegistrationStatus.CANCELLED }, promoted };
    });
    if (result.promoted) await this.tellPromoted(result.promoted);
    return result;
  }

  private async tellPromoted(registration: RegistrationEntity): Promise<void> {
    this.logger.log(`registration ${registration.id} promoted from the waiting list of gathering ${registration.gatheringId}`);
    const [row]: { email: string; display_name: string; title: string; slug: string }[] = await this.dataSource.query(
      `SELECT p.email, p.display_name, g.title, g.slug FROM people p, gatherings g WHERE p.id = $1 AND g.id = $2`,
      [registration.personId, registration.gatheringId],
    );
    if (!row) return;
    await this.mailer.send({
      to: row.email,
      subject: `A place has opened up for you: ${row.title}`,
      text: `Hello ${row.display_name},\n\nA place has become free at "${row.title}" and it is yours: you were next on the waiting list.\n\nSee the details: ${this.mailer.link(`/gatherings/${row.slug}`)}\n\nIf you cannot come after all, please cancel so the next person can have the place.\n`,
    });
  }

  /** A convener approves (a place, or the waiting list when full) or declines a PENDING_APPROVAL registration. */
  async decide(gatheringId: string, registrationId: string, approve: boolean): Promise<RegistrationEntity> {
    const decided = await this.dataSource.transaction(async (manager) => {
      const pending = await manager
        .getRepository(RegistrationEntity)
        .findOneBy({ id: registrationId, gatheringId, status: RegistrationStatus.PENDING_APPROVAL });
      if (!pending) throw gatheringsError(GatheringsError.NotRegistered);
      const locked = await this.lock(manager, pending.gatheringId);
      if (!locked) throw gatheringsError(GatheringsError.NotFound);
      let status = RegistrationStatus.CANCELLED;
      if (approve) {
        status =
          locked.capacity === null || locked.registeredCount < locked.capacity
            ? RegistrationStatus.REGISTERED
            : RegistrationStatus.WAITLISTED;
        if (status === RegistrationStatus.REGISTERED)
          await manager.getRepository(GatheringEntity).increment({ id: locked.id }, 'registeredCount', 1);
      }
      await manager.getRepository(RegistrationEntity).update({ id: pending.id }, { status });
      return { ...pending, status, gathering: locked };
    });
    const [row]: { email: string; display_name: string }[] = await this.dataSource.query(
      'SELECT email, display_name FROM people WHERE id = $1',
      [decided.personId],
    );
    const title = decided.gathering.title;
    const outcome =
      decided.status === RegistrationStatus.REGISTERED
        ? `you have a place at "${title}".`
        : decided.status === RegistrationStatus.WAITLISTED
          ? `you are on the waiting list for "${title}": it is full, and you will be told if a place frees up.`
          : `the conveners of "${title}" could not offer you a place this time.`;
    if (row)
      await this.mailer.send({
        to: row.email,
        subject: `Your registration: ${title}`,
        text: `Hello ${row.display_name},\n\nGood to hear from you: ${outcome}\n\n${this.mailer.link(`/gatherings/${decided.gathering.slug}`)}\n`,
      });
    return decided;
  }

  /** Models with waiting-list positions, computed in one statement for the given registrations. */
  async toModels(registrations: RegistrationEntity[], forConvener: boolean, viewer: Viewer | null): Promise<RegistrationModel[]> {
    const waitlisted = registrations.filter((r) => r.status === RegistrationStatus.WAITLISTED);
    const positions = new Map<string, number>();
    if (waitlisted.length > 0) {
      const rows: { id: string; position: number }[] = await this.dataSource.query(
        `SELECT r.id, (SELECT count(*)::int FROM registrations w WHERE w.gathering_id = r.gathering_id AND w.status = 'waitlisted' AND w.arrival <= r.arrival) AS position
           FROM registrations r WHERE r.id = ANY($1::uuid[])`,
        [waitlisted.map((r) => r.id)],
      );
      rows.forEach((r) => positions.set(r.id, r.position));
    }
    const names: { id: string; display_name: string }[] = registrations.length
      ? await this.dataSource.query('SELECT id, display_name FROM people WHERE id = ANY($1::uuid[])', [
          [...new Set(registrations.map((r) => r.personId))],
        ])
      : [];
    const networkIds = [...new Set(registrations.flatMap((r) => r.representingNetworkIds))];
    const networks = new Map<string, NetworkSummary>(
      networkIds.length
        ? (
            (await this.dataSource.query(
              `SELECT id, slug, name, kind, lifecycle_stage = 'closed' AS "isClosed" FROM networks WHERE id = ANY($1::uuid[])`,
              [networkIds],
            )) as NetworkSummary[]
          ).map((n) => [n.id, n])
        : [],
    );
    return registrations.map((r) => ({
      id: r.id,
      gatheringId: r.gatheringId,
      personId: r.personId,
      personName: names.find((n) => n.id === r.personId)?.display_name ?? '',
      status: r.status,
      waitlistPosition: positions.get(r.id) ?? null,
      representingNetworkIds: r.representingNetworkIds,
      representingNetworks: r.representingNetworkIds.flatMap((id) => networks.get(id) ?? []),
      accessNeeds: viewer?.personId === r.personId || (forConvener && r.shareAccessNeeds) ? r.accessNeeds : null,
      shareAccessNeeds: r.shareAccessNeeds,
      createdAt: r.createdAt,
    }));
  }

  /** One row per registration for a spreadsheet: arrival order, networks by name, shared access needs only. */
  async exportRows(gatheringId: string): Promise<Record<string, string | number>[]> {
    const rows: {
      name: string;
      email: string;
      status: string;
      arrival: string;
      networks: string | null;
      access: string | null;
      registered_at: Date;
    }[] = await this.dataSource.query(
      `SELECT p.display_name AS name, p.email, r.status, r.arrival, r.created_at AS registered_at,
              (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM networks n WHERE n.id = ANY(r.representing_network_ids)) AS networks,
              CASE WHEN r.share_access_needs THEN r.access_needs END AS access
         FROM registrations r JOIN people p ON p.id = r.person_id
        WHERE r.gathering_id = $1 ORDER BY r.arrival`,
      [gatheringId],
    );
    return rows.map((r, i) => ({
      order: i + 1,
      name: r.name,
      email: r.email,
      status: r.status,
      'representing networks': r.networks ?? '',
      'access needs (shared)': r.access ?? '',
      'registered at': r.registered_at.toISOString(),
    }));
  }

  /** Everyone registered for a gathering, in arrival order (conveners). */
  list(gatheringId: string, status?: RegistrationStatus): Promise<RegistrationEntity[]> {
    return this.dataSource.getRepository(RegistrationEntity).find({
      where: { gatheringId, ...(status ? { status } : {}) },
      order: { arrival: 'ASC' },
    });
  }
}
