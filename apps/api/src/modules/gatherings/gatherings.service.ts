import { dbInTransaction } from '../../database/database.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import slugify from '@sindresorhus/slugify';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { MailerService } from '../../common/mail/mailer.service.js';
import { freeSlug } from '../../common/slugs.js';
import { badUserInput } from '../../common/errors/app-error.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { NetworkEntity } from '../networks/network.entity.js';
import { NetworkSummary } from '../networks/network-membership.model.js';
import { NetworkRole } from '../networks/network.enums.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { RoleAssignmentEntity } from '../roles/role-assignment.entity.js';
import { RolesService } from '../roles/roles.service.js';
import type { CreateGatheringInput } from './dtos/create-gathering.input.js';
import type { CreateFollowUpInput } from './dtos/follow-up.input.js';
import { GatheringInvitationEntity } from './gathering-invitation.entity.js';
import { newInvitationCode } from './invitations.service.js';
import type { GatheringFieldsInput } from './dtos/gathering-fields.js';
import type { UpdateGatheringInput } from './dtos/update-gathering.input.js';
import { GatheringConvenerEntity } from './gathering-convener.entity.js';
import { GatheringEntity } from './gathering.entity.js';
import { GatheringRole, GatheringStatus, RegistrationStatus } from './gathering.enums.js';
import { GatheringModel } from './gathering.model.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { RegistrationEntity } from './registration.entity.js';

// Forward only: draft → published → live → closed (publishing may skip straight to live).
const NEXT: Record<GatheringStatus, GatheringStatus[]> = {
  [GatheringStatus.DRAFT]: [GatheringStatus.PUBLISHED],
  [GatheringStatus.PUBLISHED]: [GatheringStatus.LIVE, GatheringStatus.CLOSED],
  [GatheringStatus.LIVE]: [GatheringStatus.CLOSED],
  [GatheringStatus.CLOSED]: [],
};

/** "Sunday, 14 March 2027, 10:00–16:00 (Europe/London)" in the gathering's own zone. */
export function formatWhen(g: Pick<GatheringEntity, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: g.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(g.startsAt);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: g.timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(g.startsAt)}–${time.format(g.endsAt)} (${g.timeZone})`;
}

function fieldChanges(input: GatheringFieldsInput): Partial<GatheringEntity> {
  const changes: Partial<GatheringEntity> = {};
  if (input.purpose !== undefined) changes.purpose = input.purpose;
  if (input.venue !== undefined) changes.venue = input.venue || null;
  if (input.onlineUrl !== undefined) changes.onlineUrl = input.onlineUrl || null;
  if (input.capacity !== undefined) changes.capacity = input.capacity ?? null;
  if (input.registrationMode !== undefined) changes.registrationMode = input.registrationMode;
  if (input.accessFeatures !== undefined) changes.accessFeatures = [...new Set(input.accessFeatures)];
  if (input.accessNotes !== undefined) changes.accessNotes = input.accessNotes;
  return changes;
}

@Injectable()
export class GatheringsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: RolesService,
    private readonly mailer: MailerService,
  ) {}

  /** Creates a draft; the viewer must convene or facilitate every convening network. */
  async create(input: CreateGatheringInput, viewer: Viewer): Promise<GatheringEntity> {
    if (input.endsAt <= input.startsAt) throw gatheringsError(GatheringsError.EndBeforeStart);
    const networkIds = [...new Set(input.convenedByNetworkIds)];
    const held = await this.dataSource.getRepository(RoleAssignmentEntity).find({
      where: {
        personId: viewer.personId,
        scopeType: 'network',
        scopeId: In(networkIds),
        role: In([NetworkRole.CONVENER, NetworkRole.FACILITATOR]),
        endedAt: IsNull(),
      },
    });
    const missing = networkIds.filter((id) => !held.some((r) => r.scopeId === id));
    if (missing.length > 0) {
      const names = await this.dataSource.getRepository(NetworkEntity).find({ select: { name: true }, where: { id: In(missing) } });
      throw gatheringsError(GatheringsError.NotConvenerOf, names.length ? names.map((n) => `"${n.name}"`).join(' and ') : undefined);
    }
    const base = slugify(input.title) || 'gathering';
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const gathering = await manager.getRepository(GatheringEntity).save(
            manager.getRepository(GatheringEntity).create({
              ...fieldChanges(input),
              slug: await freeSlug(manager, 'gatherings', base),
              title: input.title,
              format: input.format,
              startsAt: input.startsAt,
              endsAt: input.endsAt,
              timeZone: input.timeZone,
              createdById: viewer.personId,
            }),
          );
          await manager
            .getRepository(GatheringConvenerEntity)
            .insert(networkIds.map((networkId) => ({ gatheringId: gathering.id, networkId })));
          await this.roles.grant(viewer.personId, 'gathering', gathering.id, GatheringRole.CONVENER, dbInTransaction(manager));
          return gathering;
        });
      } catch (error) {
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async update(input: UpdateGatheringInput): Promise<GatheringEntity> {
    const before = await this.dataSource.getRepository(GatheringEntity).findOneBy({ id: input.gatheringId });
    await this.dataSource.transaction(async (manager) => {
      const gathering = await manager
        .getRepository(GatheringEntity)
        .findOne({ where: { id: input.gatheringId }, lock: { mode: 'pessimistic_write' } });
      if (!gathering) throw gatheringsError(GatheringsError.NotFound);
      const changes = fieldChanges(input);
      if (input.title !== undefined) changes.title = input.title;
      if (input.format !== undefined) changes.format = input.format;
      if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
      if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
      if (input.endsAt !== undefined) changes.endsAt = input.endsAt;
      if ((changes.endsAt ?? gathering.endsAt) <= (changes.startsAt ?? gathering.startsAt))
        throw gatheringsError(GatheringsError.EndBeforeStart);
      // Under the row lock nobody can take a place meanwhile.
      if (changes.capacity != null && changes.capacity < gathering.registeredCount) {
        throw gatheringsError(GatheringsError.CapacityBelowRegistered, gathering.registeredCount);
      }
      if (Object.keys(changes).length > 0) await manager.getRepository(GatheringEntity).update({ id: gathering.id }, changes);
    });
    const after = await this.dataSource.getRepository(GatheringEntity).findOneByOrFail({ id: input.gatheringId });
    if (before && before.status !== GatheringStatus.DRAFT) await this.tellAboutChanges(before, after);
    return after;
  }

  /** Invites, once, everyone who took part in the gathering this one follows up (one email each, with a personal link). */
  private async inviteParticipantsOf(followUp: GatheringEntity): Promise<void> {
    const claimed = await this.dataSource
      .getRepository(GatheringEntity)
      .update({ id: followUp.id, participantsInvitedAt: IsNull() }, { participantsInvitedAt: () => 'now()' });
    if (!claimed.affected) return;
    const people: { id: string; email: string; display_name: string }[] = await this.dataSource.query(
      `SELECT p.id, p.email, p.display_name FROM registrations r JOIN people p ON p.id = r.person_id
        WHERE r.gathering_id = $1 AND r.status IN ('registered', 'attended') ORDER BY r.arrival`,
      [followUp.followUpOfId],
    );
    const original = await this.dataSource.getRepository(GatheringEntity).findOneByOrFail({ id: followUp.followUpOfId! });
    for (const person of people) {
      const code = newInvitationCode();
      await this.dataSource
        .getRepository(GatheringInvitationEntity)
        .insert({ gatheringId: followUp.id, code, issuedById: followUp.createdById ?? person.id, email: person.email });
      await this.mailer.send({
        to: person.email,
        subject: `Carry on the conversation: ${followUp.title}`,
        text: `Hello ${person.display_name},\n\nYou took part in "${original.title}". Its conveners invite you to the follow-up, "${followUp.title}": ${formatWhen(followUp)}.\n\nRegister here: ${this.mailer.link(`/gatherings/${followUp.slug}?invite=${code}`)}\n`,
      });
    }
  }

  /** After publishing, a change of time or place is sent to everyone registered or waiting. */
  private async tellAboutChanges(before: GatheringEntity, after: GatheringEntity): Promise<void> {
    const changed: string[] = [];
    if (
      before.startsAt.getTime() !== after.startsAt.getTime() ||
      before.endsAt.getTime() !== after.endsAt.getTime() ||
      before.timeZone !== after.timeZone
    ) {
      changed.push(`When: ${formatWhen(after)}`);
    }
    if (before.venue !== after.venue) changed.push(`Where: ${after.venue ?? 'online only'}`);
    if (before.onlineUrl !== after.onlineUrl) changed.push('The online link has changed: see the gathering page.');
    if (changed.length === 0) return;
    const people: { email: string; display_name: string }[] = await this.dataSource.query(
      `SELECT p.email, p.display_name FROM registrations r JOIN people p ON p.id = r.person_id WHERE r.gathering_id = $1 AND r.status IN ('registered', 'waitlisted', 'pending_approval')`,
      [after.id],
    );
    for (const person of people) {
      await this.mailer.send({
        to: person.email,
        subject: `Changed: ${after.title}`,
        text: `Hello ${person.display_name},\n\n"${after.title}" has changed:\n\n${changed.join('\n')}\n\nSee the details: ${this.mailer.link(`/gatherings/${after.slug}`)}\n`,
      });
    }
  }

  /** Invites another network to co-convene; one of its facilitators or conveners accepts. */
  async inviteCoConvener(gatheringId: string, networkId: string): Promise<void> {
    const network = await this.dataSource.getRepository(NetworkEntity).existsBy({ id: networkId });
    if (!network) throw badUserInput({ networkId: 'This must be the id of a network.' });
    await this.dataSource
      .getRepository(GatheringConvenerEntity)
      .createQueryBuilder()
      .insert()
      .values({ gatheringId, networkId, accepted: false })
      .orIgnore()
      .execute();
  }

  /** A facilitator or convener of the invited network accepts (becoming a convener of the gathering) or declines. */
  async respondToCoConvening(gatheringId: string, networkId: string, accept: boolean, viewer: Viewer): Promise<void> {
    const mayAnswer = await this.roles.holdsAny(viewer.personId, 'network', networkId, [NetworkRole.FACILITATOR, NetworkRole.CONVENER]);
    const invitation = await this.dataSource.getRepository(GatheringConvenerEntity).findOneBy({ gatheringId, networkId, accepted: false });
    if (!invitation) throw gatheringsError(GatheringsError.NotFound);
    if (!mayAnswer) throw gatheringsError(GatheringsError.NotConvenerOf, 'the invited network');
    await this.dataSource.transaction(async (manager) => {
      if (!accept) return void (await manager.getRepository(GatheringConvenerEntity).delete({ gatheringId, networkId }));
      await manager.getRepository(GatheringConvenerEntity).update({ gatheringId, networkId }, { accepted: true });
      await this.roles.grant(viewer.personId, 'gathering', gatheringId, GatheringRole.CONVENER, dbInTransaction(manager));
    });
  }

  /** Networks invited to co-convene that have not answered yet. */
  async pendingCoConveners(gatheringId: string): Promise<NetworkEntity[]> {
    const rows = await this.dataSource
      .getRepository(GatheringConvenerEntity)
      .find({ where: { gatheringId, accepted: false }, relations: { network: true } });
    return rows.map((r) => r.network!);
  }

  /** A draft follow-up convened by the same networks; the convener must convene the original. */
  async createFollowUp(input: CreateFollowUpInput, viewer: Viewer): Promise<GatheringEntity> {
    const conveners = await this.dataSource
      .getRepository(GatheringConvenerEntity)
      .findBy({ gatheringId: input.followUpOfId, accepted: true });
    const created = await this.create(
      { ...input, convenedByNetworkIds: conveners.map((c) => c.networkId) } as CreateGatheringInput,
      viewer,
    );
    await this.dataSource.getRepository(GatheringEntity).update({ id: created.id }, { followUpOfId: input.followUpOfId });
    return this.dataSource.getRepository(GatheringEntity).findOneByOrFail({ id: created.id });
  }

  async setStatus(gatheringId: string, status: GatheringStatus): Promise<GatheringEntity> {
    const repo = this.dataSource.getRepository(GatheringEntity);
    const gathering = await repo.findOneByOrFail({ id: gatheringId });
    if (!NEXT[gathering.status].includes(status))
      throw gatheringsError(GatheringsError.BadStatusChange, `${gathering.status} to ${status}`);
    const result = await repo.update({ id: gatheringId, status: gathering.status }, { status });
    if (!result.affected) throw gatheringsError(GatheringsError.BadStatusChange, `${gathering.status} to ${status}`);
    const updated = await repo.findOneByOrFail({ id: gatheringId });
    if (status === GatheringStatus.PUBLISHED && updated.followUpOfId) await this.inviteParticipantsOf(updated);
    return updated;
  }

  /** Published gatherings are public; drafts only to their conveners (NOT_FOUND otherwise). */
  async findVisible(where: { id: string } | { slug: string }, viewer: Viewer | null): Promise<GatheringEntity> {
    const gathering = await this.dataSource.getRepository(GatheringEntity).findOneBy(where);
    if (!gathering) throw gatheringsError(GatheringsError.NotFound);
    await this.assertVisible(gathering, viewer);
    return gathering;
  }

  /** NOT_FOUND for a draft the viewer may not prepare (for a gathering already loaded, e.g. with what belongs to it). */
  async assertVisible(gathering: Pick<GatheringEntity, 'id' | 'status'>, viewer: Viewer | null): Promise<void> {
    if (gathering.status === GatheringStatus.DRAFT && !(viewer && (await this.mayPrepare(gathering.id, viewer)))) {
      throw gatheringsError(GatheringsError.NotFound);
    }
  }

  /** A draft is seen by its conveners, and by the people who may answer its invitations to co-convene. */
  private async mayPrepare(gatheringId: string, viewer: Viewer): Promise<boolean> {
    const [row]: { ok: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM role_assignments WHERE scope_type = 'gathering' AND scope_id = $1 AND person_id = $2
                       AND role = $3 AND ended_at IS NULL)
           OR EXISTS (SELECT 1 FROM gathering_conveners gc JOIN role_assignments ra
                        ON ra.scope_type = 'network' AND ra.scope_id = gc.network_id AND ra.ended_at IS NULL
                     WHERE gc.gathering_id = $1 AND NOT gc.accepted AND ra.person_id = $2 AND ra.role = ANY($4::text[])) AS ok`,
      [gatheringId, viewer.personId, GatheringRole.CONVENER, [NetworkRole.FACILITATOR, NetworkRole.CONVENER]],
    );
    return row.ok;
  }

  /** Invitations to co-convene waiting for an answer from networks the person facilitates or convenes. */
  async coConveningInvitationsFor(personId: string): Promise<{ gathering: GatheringEntity; network: NetworkEntity }[]> {
    const rows = await this.dataSource
      .getRepository(GatheringConvenerEntity)
      .createQueryBuilder('gc')
      .innerJoinAndSelect('gc.gathering', 'g')
      .innerJoinAndSelect('gc.network', 'n')
      .where('NOT gc.accepted')
      .andWhere(
        `EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.scope_type = 'network' AND ra.scope_id = gc.network_id
                  AND ra.person_id = :personId AND ra.role IN (:...roles) AND ra.ended_at IS NULL)`,
        { personId, roles: [NetworkRole.FACILITATOR, NetworkRole.CONVENER] },
      )
      .andWhere(`g.status <> 'closed'`)
      .orderBy('g.starts_at', 'ASC')
      .limit(100)
      .getMany();
    return rows.map((r) => ({ gathering: r.gathering!, network: r.network! }));
  }

  /** Gatherings the person convenes or is registered for (not cancelled), soonest first, or most recent first for the past. */
  async forPerson(personId: string, past: boolean): Promise<GatheringEntity[]> {
    return this.dataSource
      .getRepository(GatheringEntity)
      .createQueryBuilder('g')
      .where(
        `(EXISTS (SELECT 1 FROM registrations r WHERE r.gathering_id = g.id AND r.person_id = :personId AND r.status <> 'cancelled')
          OR EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.scope_type = 'gathering' AND ra.scope_id = g.id AND ra.person_id = :personId AND ra.ended_at IS NULL))`,
        { personId },
      )
      .andWhere(past ? 'g.ends_at < now()' : 'g.ends_at >= now()')
      .orderBy('g.starts_at', past ? 'DESC' : 'ASC')
      .limit(200)
      .getMany();
  }

  async toModels(gatherings: GatheringEntity[], viewer: Viewer | null): Promise<GatheringModel[]> {
    const ids = gatherings.map((g) => g.id);
    if (ids.length === 0) return [];
    const conveners = await this.dataSource
      .getRepository(GatheringConvenerEntity)
      .find({ where: { gatheringId: In(ids), accepted: true }, relations: { network: true } });
    const convening = viewer
      ? new Set(
          (
            await this.dataSource
              .getRepository(RoleAssignmentEntity)
              .find({ where: { personId: viewer.personId, scopeType: 'gathering', scopeId: In(ids), endedAt: IsNull() } })
          ).map((r) => r.scopeId),
        )
      : new Set<string>();
    const registrations = viewer
      ? await this.dataSource.getRepository(RegistrationEntity).find({
          where: { personId: viewer.personId, gatheringId: In(ids), status: Not(RegistrationStatus.CANCELLED) },
          relations: { person: true },
        })
      : [];
    return gatherings.map((g) => {
      const mine = registrations.find((r) => r.gatheringId === g.id) ?? null;
      const inside = convening.has(g.id) || mine?.status === RegistrationStatus.REGISTERED || mine?.status === RegistrationStatus.ATTENDED;
      return Object.assign(new GatheringModel(), {
        id: g.id,
        slug: g.slug,
        title: g.title,
        purpose: g.purpose,
        format: g.format,
        venue: g.venue,
        onlineUrl: inside ? g.onlineUrl : null,
        startsAt: g.startsAt,
        endsAt: g.endsAt,
        timeZone: g.timeZone,
        capacity: g.capacity,
        placesLeft: g.capacity === null ? null : Math.max(0, g.capacity - g.registeredCount),
        registrationMode: g.registrationMode,
        accessFeatures: g.accessFeatures,
        accessNotes: g.accessNotes,
        status: g.status,
        convenedBy: conveners.filter((c) => c.gatheringId === g.id).map((c) => NetworkSummary.from(c.network!)),
        viewerIsConvener: convening.has(g.id),
        viewerRegistrationEntity: mine,
        followUpOfId: g.followUpOfId,
      });
    });
  }
}
