import { Injectable } from '@nestjs/common';
import { sql, type Insertable, type Updateable } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { Gatherings } from '../../database/db.generated.js';
import { timeSlotsOutside } from '../open-space/open-space.fragments.js';
import { holdsRole, scopesHeldBy } from '../roles/roles.fragments.js';
import type { Gathering } from './gathering.js';
import type { GatheringLink } from './gathering-link.model.js';
import { GatheringRole, type AccessFeature, type GatheringFormat, type GatheringStatus, type RegistrationMode } from './gathering.enums.js';
import { inSlugFamily, nextFreeSlug } from '../../common/slugs.js';
import { SNAPSHOT_DB, SqlSnapshot } from '../../database/sql-snapshot.js';

/** The enums the gatherings columns hold (for Kysely's $narrowType). */
export type GatheringEnums = {
  format: GatheringFormat;
  status: GatheringStatus;
  registrationMode: RegistrationMode;
  accessFeatures: AccessFeature[];
};

export type GatheringChanges = Omit<Updateable<Gatherings>, 'id' | 'createdAt' | 'updatedAt'>;

/** All SQL on gatherings and gathering_conveners. */
@Injectable()
export class GatheringsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  find(where: { id: string } | { slug: string }, db: Executor = this.db): Promise<Gathering | undefined> {
    const query = db.selectFrom('gatherings').selectAll().$narrowType<GatheringEnums>();
    return ('id' in where ? query.where('id', '=', where.id) : query.where('slug', '=', where.slug)).executeTakeFirst();
  }

  async get(id: string, db: Executor = this.db): Promise<Gathering> {
    const gathering = await this.find({ id }, db);
    if (!gathering) throw new Error(`No gathering ${id}.`);
    return gathering;
  }

  /** The gathering, locked until the transaction ends: every change to who has a place happens under this lock. */
  @SqlSnapshot({ params: [SNAPSHOT_DB, '00000000-0000-4000-8000-000000000001'] })
  lock(trx: Executor, id: string): Promise<Gathering | undefined> {
    return trx.selectFrom('gatherings').selectAll().$narrowType<GatheringEnums>().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  /**
   * The gathering's times, held until the transaction ends: they cannot change meanwhile (a change of times
   * takes {@link lock}), while others holding them at once do not wait for each other.
   */
  holdTimes(trx: Executor, id: string): Promise<{ startsAt: Date; endsAt: Date } | undefined> {
    return trx.selectFrom('gatherings').select(['startsAt', 'endsAt']).where('id', '=', id).forShare().executeTakeFirst();
  }

  /** The open-space time slots that new times [startsAt, endsAt] would leave outside the gathering, earliest first. */
  slotsOutside(trx: Executor, id: string, startsAt: Date, endsAt: Date): Promise<{ label: string | null; startsAt: Date; endsAt: Date }[]> {
    return trx
      .selectFrom(timeSlotsOutside(id, startsAt, endsAt).as('slot'))
      .selectAll()
      .orderBy('slot.startsAt')
      .execute();
  }

  /** `base`, or `base-2`, `base-3`… whichever slug is free (case-insensitive). */
  async freeSlug(trx: Executor, base: string): Promise<string> {
    const rows = await trx.selectFrom('gatherings').select('slug').where(inSlugFamily('slug', base)).execute();
    return nextFreeSlug(base, new Set(rows.map((r) => r.slug.toLowerCase())));
  }

  insert(trx: Executor, gathering: Insertable<Gatherings>): Promise<Gathering> {
    return trx.insertInto('gatherings').values(gathering).returningAll().$narrowType<GatheringEnums>().executeTakeFirstOrThrow();
  }

  async update(id: string, changes: GatheringChanges, db: Executor = this.db): Promise<void> {
    await db
      .updateTable('gatherings')
      .set({ ...changes, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  /** Moves the status on, unless someone else changed it first (then false). */
  async changeStatus(id: string, from: GatheringStatus, to: GatheringStatus, db: Executor = this.db): Promise<boolean> {
    const changed = await db
      .updateTable('gatherings')
      .set({ status: to, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return changed.numUpdatedRows > 0n;
  }

  /** Adds (or, negative, takes back) places taken; under the row lock. */
  async countPlaces(trx: Executor, id: string, delta: 1 | -1): Promise<void> {
    await trx
      .updateTable('gatherings')
      .set((eb) => ({ registeredCount: eb('registeredCount', '+', delta), updatedAt: sql<Date>`now()` }))
      .where('id', '=', id)
      .execute();
  }

  /** Marks the participants of the gathering this one follows up as invited; false when they already were. */
  async claimParticipantsInvitation(id: string, db: Executor = this.db): Promise<boolean> {
    const claimed = await db
      .updateTable('gatherings')
      .set({ participantsInvitedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('participantsInvitedAt', 'is', null)
      .executeTakeFirst();
    return claimed.numUpdatedRows > 0n;
  }

  /** Gatherings the person convenes or is registered for (not cancelled), soonest first, or most recent first for the past. */
  forPerson(personId: string, past: boolean): Promise<Gathering[]> {
    return this.db
      .selectFrom('gatherings as g')
      .selectAll('g')
      .$narrowType<GatheringEnums>()
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('registrations as r')
              .select(eb.lit(1).as('one'))
              .whereRef('r.gatheringId', '=', 'g.id')
              .where('r.personId', '=', personId)
              .where('r.status', '<>', 'cancelled'),
          ),
          holdsRole('gathering', eb.ref('g.id'), personId),
        ]),
      )
      .where('g.endsAt', past ? '<' : '>=', sql<Date>`now()`)
      .orderBy('g.startsAt', past ? 'desc' : 'asc')
      .limit(200)
      .execute();
  }

  /** Of these gatherings, those the person now holds a role in. */
  async heldAmong(ids: readonly string[], personId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('gatherings')
      .select('id')
      .where('id', 'in', [...ids])
      .where('id', 'in', scopesHeldBy('gathering', personId))
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** A draft is seen by its conveners, and by the people who may answer its invitations to co-convene. */
  async mayPrepare(gatheringId: string, personId: string, networkRoles: readonly string[]): Promise<boolean> {
    const { ok } = await this.db
      .selectNoFrom((eb) =>
        eb
          .or([
            holdsRole('gathering', gatheringId, personId, [GatheringRole.CONVENER]),
            eb.exists(
              eb
                .selectFrom('gatheringConveners as gc')
                .select(eb.lit(1).as('one'))
                .where('gc.gatheringId', '=', gatheringId)
                .where('gc.accepted', '=', false)
                .where((w) => holdsRole('network', w.ref('gc.networkId'), personId, networkRoles)),
            ),
          ])
          .as('ok'),
      )
      .executeTakeFirstOrThrow();
    return ok === true;
  }

  /** Which of these networks the person now holds one of `roles` in (one statement). */
  async networksHeld(networkIds: readonly string[], personId: string, roles: readonly string[]): Promise<Set<string>> {
    if (networkIds.length === 0) return new Set();
    const row = await this.db
      .selectNoFrom(networkIds.map((id, i) => holdsRole('network', id, personId, roles).as(`held${i}`)))
      .executeTakeFirstOrThrow();
    const held = row as Record<string, boolean>;
    return new Set(networkIds.filter((_, i) => held[`held${i}`]));
  }

  /** Networks convening a new gathering; `accepted: false` invites them to co-convene (one of their people accepts). */
  async insertConveners(trx: Executor, gatheringId: string, networkIds: readonly string[], accepted = true): Promise<void> {
    if (networkIds.length === 0) return;
    await trx
      .insertInto('gatheringConveners')
      .values(networkIds.map((networkId) => ({ gatheringId, networkId, accepted })))
      .execute();
  }

  /** The people a follow-up carrying one breakout on will invite when announced. */
  async insertFollowUpInvitees(trx: Executor, gatheringId: string, personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    await trx
      .insertInto('followUpInvitees')
      .values([...new Set(personIds)].map((personId) => ({ gatheringId, personId })))
      .execute();
  }

  /**
   * Links between gatherings and their follow-ups, in one statement: the
   * gatherings `ids` follow up (`direction: 'follows'`), or the follow-ups of
   * `ids` (`'followedBy'`). Drafts only for the people who convene them.
   */
  followUpLinks(direction: 'follows' | 'followedBy', ids: readonly string[], personId: string | null): Promise<GatheringLink[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('gatherings as g')
      .select(['g.id', 'g.slug', 'g.title', 'g.startsAt', 'g.status', 'g.followUpOfId'])
      .$narrowType<{ status: GatheringStatus }>()
      .where(direction === 'follows' ? 'g.id' : 'g.followUpOfId', 'in', [...ids])
      .where((eb) =>
        eb.or([
          eb('g.status', '<>', 'draft'),
          ...(personId ? [holdsRole('gathering', eb.ref('g.id'), personId, [GatheringRole.CONVENER])] : []),
        ]),
      )
      .orderBy('g.startsAt')
      .orderBy('g.id')
      .execute();
  }

  /** Invites a network to co-convene; inviting it again (or a network already convening) changes nothing and gives false. */
  async inviteConvener(gatheringId: string, networkId: string, db: Executor = this.db): Promise<boolean> {
    const row = await db
      .insertInto('gatheringConveners')
      .values({ gatheringId, networkId, accepted: false })
      .onConflict((oc) => oc.doNothing())
      .returning('networkId')
      .executeTakeFirst();
    return row !== undefined;
  }

  async isInvitedToConvene(gatheringId: string, networkId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('gatheringConveners')
      .select('networkId')
      .where('gatheringId', '=', gatheringId)
      .where('networkId', '=', networkId)
      .where('accepted', '=', false)
      .executeTakeFirst();
    return row !== undefined;
  }

  async answerConvening(trx: Executor, gatheringId: string, networkId: string, accept: boolean): Promise<void> {
    if (accept)
      await trx
        .updateTable('gatheringConveners')
        .set({ accepted: true })
        .where('gatheringId', '=', gatheringId)
        .where('networkId', '=', networkId)
        .execute();
    else await trx.deleteFrom('gatheringConveners').where('gatheringId', '=', gatheringId).where('networkId', '=', networkId).execute();
  }

  async convenerNetworkIds(gatheringId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('gatheringConveners')
      .select('networkId')
      .where('gatheringId', '=', gatheringId)
      .where('accepted', '=', true)
      .execute();
    return rows.map((r) => r.networkId);
  }
}
