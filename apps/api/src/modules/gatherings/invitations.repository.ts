import { Injectable } from '@nestjs/common';
import type { Insertable } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { GatheringInvitations } from '../../database/db.generated.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import type { GatheringInvitation } from './gathering.js';
import { networkNameOf } from '../networks/networks.fragments.js';

/** An invitation with the names it is shown with. */
export interface NamedInvitation extends GatheringInvitation {
  issuedByName: string;
  networkName: string | null;
}

/** All SQL on gathering_invitations. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async insert(invitation: Insertable<GatheringInvitations>, db: Executor = this.db): Promise<string> {
    return (await db.insertInto('gatheringInvitations').values(invitation).returning('id').executeTakeFirstOrThrow()).id;
  }

  /**
   * Is `networkId` part of the cascade of the gathering this one follows up (an
   * invitation there was issued on its behalf)? Its people may then invite theirs
   * to the follow-up: the cascade continues.
   */
  async inCascadeOfOriginal(gatheringId: string, networkId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('gatheringInvitations as i')
      .innerJoin('gatherings as f', 'f.followUpOfId', 'i.gatheringId')
      .select('i.id')
      .where('f.id', '=', gatheringId)
      .where('i.networkId', '=', networkId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  byCode(code: string, gatheringId?: string): Promise<GatheringInvitation | undefined> {
    let query = this.db.selectFrom('gatheringInvitations').selectAll().where('code', '=', code);
    if (gatheringId) query = query.where('gatheringId', '=', gatheringId);
    return query.executeTakeFirst();
  }

  /** Invitations with their gathering's slug and title, and the names they are shown with (the network's if the viewer may see it). */
  withGathering(ids: readonly string[], viewer: Viewer | null) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('gatheringInvitations as i')
      .innerJoin('gatherings as g', 'g.id', 'i.gatheringId')
      .selectAll('i')
      .select((eb) => [
        'g.slug as gatheringSlug',
        'g.title as gatheringTitle',
        displayNameOf(eb.ref('i.issuedById')).as('issuedByName'),
        networkNameOf(eb.ref('i.networkId'), viewer).as('networkName'),
      ])
      .where('i.id', 'in', [...ids])
      .execute();
  }

  /** The links (not emailed invitations) a person issued for a gathering, oldest first. */
  async linksOf(gatheringId: string, personId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('gatheringInvitations')
      .select('id')
      .where('gatheringId', '=', gatheringId)
      .where('issuedById', '=', personId)
      .where('email', 'is', null)
      .orderBy('createdAt')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Every invitation to a gathering, oldest first, with the names it is shown with (the network's if the viewer may see it). */
  async forGathering(gatheringId: string, viewer: Viewer): Promise<NamedInvitation[]> {
    const rows = await this.db
      .selectFrom('gatheringInvitations as i')
      .selectAll('i')
      .select((eb) => [
        displayNameOf(eb.ref('i.issuedById')).as('issuedByName'),
        networkNameOf(eb.ref('i.networkId'), viewer).as('networkName'),
      ])
      .where('i.gatheringId', '=', gatheringId)
      .orderBy('i.createdAt')
      .execute();
    return rows.map((r) => ({ ...r, issuedByName: r.issuedByName ?? '' }));
  }
}
