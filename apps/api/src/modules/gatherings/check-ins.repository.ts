import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { CheckInMethod, RegistrationStatus } from './gathering.enums.js';

/** All SQL on check_ins and check_in_codes. */
@Injectable()
export class CheckInsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** The gathering's check-in code, if one was made. */
  async code(gatheringId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('checkInCodes').select('code').where('gatheringId', '=', gatheringId).executeTakeFirst();
    return row?.code;
  }

  /** The gathering's code, made from `fresh` if it has none yet (one statement: two conveners opening the door page at once see one code). */
  async ensureCode(gatheringId: string, fresh: string): Promise<string> {
    const row = await this.db
      .insertInto('checkInCodes')
      .values({ gatheringId, code: fresh })
      .onConflict((oc) => oc.column('gatheringId').doUpdateSet({ code: sql<string>`check_in_codes.code` }))
      .returning('code')
      .executeTakeFirstOrThrow();
    return row.code;
  }

  /** Replaces the gathering's code: the old one stops working at once. */
  async replaceCode(gatheringId: string, fresh: string): Promise<string> {
    const row = await this.db
      .insertInto('checkInCodes')
      .values({ gatheringId, code: fresh })
      .onConflict((oc) => oc.column('gatheringId').doUpdateSet({ code: fresh, createdAt: sql<Date>`now()` }))
      .returning('code')
      .executeTakeFirstOrThrow();
    return row.code;
  }

  /**
   * Checks in the person (or the registration) holding a place (REGISTERED) at the gathering, in one statement; a second
   * check-in (another way, or at the same moment) changes nothing, so each person is counted once.
   * Returns whether this call checked them in (false: already in, or no place).
   */
  async checkIn(
    trx: Executor,
    at: { gatheringId: string } & ({ personId: string } | { registrationId: string }),
    method: CheckInMethod,
    byId: string | null,
  ): Promise<boolean> {
    let place = trx
      .selectFrom('registrations as r')
      .select((eb) => ['r.gatheringId', 'r.personId', 'r.id', eb.val(method).as('method'), eb.val(byId).as('by')])
      .where('r.gatheringId', '=', at.gatheringId)
      .where('r.status', '=', RegistrationStatus.REGISTERED);
    place = 'personId' in at ? place.where('r.personId', '=', at.personId) : place.where('r.id', '=', at.registrationId);
    const inserted = await trx
      .insertInto('checkIns')
      .columns(['gatheringId', 'personId', 'registrationId', 'method', 'checkedInById'])
      .expression(place)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Takes a registration's check-in away (a convener's mistake, or a cancelled place). */
  /** Takes a registration's check-in back; whether there was one. */
  async remove(trx: Executor, registrationId: string): Promise<boolean> {
    const { numDeletedRows } = await trx.deleteFrom('checkIns').where('registrationId', '=', registrationId).executeTakeFirst();
    return numDeletedRows > 0n;
  }
}
