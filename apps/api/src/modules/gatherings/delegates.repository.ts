import { Injectable } from '@nestjs/common';
import { InjectDb, type Db, type Executor } from '../../database/database.js';

/** All SQL on gathering_delegate_places. */
@Injectable()
export class DelegatesRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async setPlaces(gatheringId: string, networkId: string, places: number): Promise<void> {
    if (places === 0) {
      await this.db
        .deleteFrom('gatheringDelegatePlaces')
        .where('gatheringId', '=', gatheringId)
        .where('networkId', '=', networkId)
        .execute();
      return;
    }
    await this.db
      .insertInto('gatheringDelegatePlaces')
      .values({ gatheringId, networkId, places })
      .onConflict((oc) => oc.columns(['gatheringId', 'networkId']).doUpdateSet({ places }))
      .execute();
  }

  /** The network's delegate places at the gathering, or undefined when it has none. */
  async places(trx: Executor, gatheringId: string, networkId: string): Promise<number | undefined> {
    const row = await trx
      .selectFrom('gatheringDelegatePlaces')
      .select('places')
      .where('gatheringId', '=', gatheringId)
      .where('networkId', '=', networkId)
      .executeTakeFirst();
    return row?.places;
  }
}
