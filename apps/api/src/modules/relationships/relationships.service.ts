import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Viewer } from '../../common/access/request-context.js';
import { CommonError, commonError } from '../../common/errors/common.errors.js';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '../../common/pagination/connection.model.js';
import type { PaginationArgs } from '../../common/pagination/pagination.args.js';
import type { Executor } from '../../database/database.js';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { GatheringsService } from '../gatherings/gatherings.service.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { ConnectionModel, MetSuggestion } from './connection.model.js';
import type { ConnectionIdInput } from './dtos/connection-id.input.js';
import type { SayWeMetInput } from './dtos/say-we-met.input.js';
import type { SetClosenessInput } from './dtos/set-closeness.input.js';
import { Closeness, ConnectionStatus } from './relationships.enums.js';
import { RelationshipsError, relationshipsError } from './relationships.errors.js';
import { type ConnectionRow, type ConnectionView, ordered, RelationshipsRepository } from './relationships.repository.js';

/** The page the notifications lead to (the web's "People you met"). */
export const PEOPLE_MET_PATH = '/people/met';

/** At most this many proposals and room-mates are listed at once. */
const LIST_LIMIT = 100;

/**
 * Who met whom. One connection per pair of people: one says "we met" about someone who took part in a
 * gathering they took part in, the other confirms. Until then it exists for the two of them only: any
 * other caller gets NOT_FOUND, and saying "we met" to someone who already said it to you confirms it
 * (under the pair's row lock, so two people saying it at the same moment make one confirmed connection).
 */
@Injectable()
export class RelationshipsService {
  constructor(
    private readonly repository: RelationshipsRepository,
    private readonly gatherings: GatheringsService,
    private readonly notifications: NotificationsService,
  ) {}

  async sayWeMet(input: SayWeMetInput, viewer: Viewer): Promise<ConnectionModel> {
    const me = viewer.personId;
    if (input.personId === me) throw relationshipsError(RelationshipsError.CannotMeetYourself);
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    if (gathering.status !== GatheringStatus.LIVE && gathering.status !== GatheringStatus.CLOSED && gathering.startsAt > new Date())
      throw relationshipsError(RelationshipsError.GatheringNotStarted);
    const { mine, theirs } = await this.repository.places(gathering.id, me, input.personId);
    if (!mine) throw relationshipsError(RelationshipsError.NotAtThisGathering);
    if (!theirs) throw relationshipsError(RelationshipsError.OtherNotAtGathering);
    const [firstPersonId, secondPersonId] = ordered(me, input.personId);
    const id = await this.repository.transaction(async (trx) => {
      const inserted = await this.repository.insertProposal(trx, {
        firstPersonId,
        secondPersonId,
        proposedById: me,
        gatheringId: gathering.id,
        firstNetworkIds: firstPersonId === me ? mine : theirs,
        secondNetworkIds: firstPersonId === me ? theirs : mine,
        closeness: input.closeness ?? Closeness.MET_ONCE,
        status: ConnectionStatus.PROPOSED,
      });
      if (inserted) {
        await this.tell(NotificationKind.CONNECTION_PROPOSED, inserted, input.personId, gathering.title, viewer, trx);
        return inserted.id;
      }
      // The pair has one already (waits here if it is being made this moment): theirs to confirm, or ours as it is.
      const existing = await this.repository.lockPair(trx, firstPersonId, secondPersonId);
      if (!existing) throw relationshipsError(RelationshipsError.ConnectionNotFound);
      if (existing.status === ConnectionStatus.PROPOSED && existing.proposedById !== me) await this.confirmLocked(existing, viewer, trx);
      return existing.id;
    });
    return this.one(id, viewer);
  }

  /** The other person confirms a proposal; the proposer is told. */
  async confirm(input: ConnectionIdInput, viewer: Viewer): Promise<ConnectionModel> {
    await this.repository.transaction(async (trx) => {
      const connection = await this.repository.lockFor(trx, input.connectionId, viewer.personId);
      if (!connection) throw relationshipsError(RelationshipsError.ConnectionNotFound);
      if (connection.status === ConnectionStatus.CONFIRMED) return;
      if (connection.proposedById === viewer.personId) throw relationshipsError(RelationshipsError.WaitingForTheOther);
      await this.confirmLocked(connection, viewer, trx);
    });
    return this.one(input.connectionId, viewer);
  }

  /** Either of the two changes how close they are. */
  async setCloseness(input: SetClosenessInput, viewer: Viewer): Promise<ConnectionModel> {
    await this.repository.transaction(async (trx) => {
      const connection = await this.repository.lockFor(trx, input.connectionId, viewer.personId);
      if (!connection) throw relationshipsError(RelationshipsError.ConnectionNotFound);
      await this.repository.setCloseness(trx, connection.id, input.closeness);
    });
    return this.one(input.connectionId, viewer);
  }

  /** Either of the two removes it (a proposal withdrawn or declined, a connection ended): gone for both. */
  async remove(input: ConnectionIdInput, viewer: Viewer): Promise<string> {
    await this.repository.transaction(async (trx) => {
      const connection = await this.repository.lockFor(trx, input.connectionId, viewer.personId);
      if (!connection) throw relationshipsError(RelationshipsError.ConnectionNotFound);
      await this.repository.delete(trx, connection.id);
    });
    return input.connectionId;
  }

  /** "People you met": the viewer's confirmed connections, newest first, a page at a time. Constant statements in the page size. */
  async peopleMet(args: PaginationArgs, viewer: Viewer): Promise<Connection<ConnectionModel>> {
    let after: { confirmedAt: string; id: string } | undefined;
    if (args.after) {
      const [confirmedAt, id] = decodeCursor(args.after, 2);
      if (!isUUID(id) || Number.isNaN(Date.parse(String(confirmedAt)))) throw commonError(CommonError.UnknownCursor);
      after = { confirmedAt: String(confirmedAt), id: String(id) };
    }
    const { rows, totalCount } = await this.repository.confirmedPage({ viewerId: viewer.personId, after, limit: args.first + 1 });
    const models = new Map((await this.toModels(rows.slice(0, args.first), viewer)).map((m) => [m.id, m]));
    return toConnection(
      rows,
      args.first,
      totalCount,
      (r) => encodeCursor([(r.confirmedAt ?? r.createdAt).toISOString(), r.id]),
      (r) => models.get(r.id) as ConnectionModel,
    );
  }

  /** Proposals either way, the ones waiting for the viewer first. */
  async proposals(viewer: Viewer): Promise<ConnectionModel[]> {
    return this.toModels(await this.repository.proposed(viewer.personId, LIST_LIMIT), viewer);
  }

  /** The people who shared breakout rooms with the viewer at a gathering (most rooms first), for the "we met" picker. */
  async suggestions(gatheringId: string, viewer: Viewer): Promise<MetSuggestion[]> {
    const gathering = await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const { mine } = await this.repository.places(gathering.id, viewer.personId, viewer.personId);
    if (!mine) throw relationshipsError(RelationshipsError.NotAtThisGathering);
    const rows = await this.repository.roomMates(gathering.id, viewer.personId, LIST_LIMIT);
    return rows.map((r) => ({
      person: { id: r.id, displayName: r.displayName },
      sharedRooms: r.sharedRooms,
      connectionStatus: r.connectionStatus,
    }));
  }

  private async confirmLocked(connection: ConnectionRow, viewer: Viewer, trx: Executor): Promise<void> {
    await this.repository.confirm(trx, connection.id);
    const title = (await this.gatherings.findVisible({ id: connection.gatheringId }, viewer)).title;
    await this.tell(NotificationKind.CONNECTION_CONFIRMED, connection, connection.proposedById, title, viewer, trx);
  }

  /**
   * Tells the other of the two (never anyone else). A proposal's event is the pair's, so withdrawing and
   * proposing again does not tell them twice.
   */
  private async tell(
    kind: NotificationKind.CONNECTION_PROPOSED | NotificationKind.CONNECTION_CONFIRMED,
    connection: ConnectionRow,
    recipientId: string,
    title: string,
    viewer: Viewer,
    trx: Executor,
  ): Promise<void> {
    const pair = `${connection.firstPersonId}:${connection.secondPersonId}`;
    await this.notifications.notify(
      {
        kind,
        recipientIds: [recipientId],
        actorId: viewer.personId,
        subject: { type: NotificationSubject.CONNECTION, id: connection.id },
        eventKey: kind === NotificationKind.CONNECTION_PROPOSED ? `connection-proposed:${pair}` : `connection-confirmed:${connection.id}`,
        data: { title, path: PEOPLE_MET_PATH },
      },
      trx,
    );
  }

  private async one(id: string, viewer: Viewer): Promise<ConnectionModel> {
    const row = await this.repository.view(id, viewer.personId);
    if (!row) throw relationshipsError(RelationshipsError.ConnectionNotFound);
    const [model] = await this.toModels([row], viewer);
    return model;
  }

  /** Models with the networks each came for, and (confirmed only) the gatherings and conversations shared: three statements for any number. */
  private async toModels(rows: ConnectionView[], viewer: Viewer): Promise<ConnectionModel[]> {
    const me = viewer.personId;
    const confirmedWith = rows.filter((r) => r.status === ConnectionStatus.CONFIRMED).map((r) => r.otherId);
    const [networks, gatherings, conversations] = await Promise.all([
      this.repository.networks(
        rows.flatMap((r) => [...r.firstNetworkIds, ...r.secondNetworkIds]),
        viewer,
      ),
      this.repository.sharedGatherings(me, confirmedWith),
      this.repository.sharedConversations(me, confirmedWith),
    ]);
    const visible = new Map(networks.map((n) => [n.id, n]));
    return rows.map((r) => {
      const [mineIds, theirIds] =
        r.firstPersonId === me ? [r.firstNetworkIds, r.secondNetworkIds] : [r.secondNetworkIds, r.firstNetworkIds];
      return {
        id: r.id,
        status: r.status,
        closeness: r.closeness,
        awaitsYou: r.status === ConnectionStatus.PROPOSED && r.proposedById !== me,
        person: { id: r.otherId, displayName: r.otherName },
        gathering: { id: r.gatheringId, slug: r.gatheringSlug, title: r.gatheringTitle, startsAt: r.gatheringStartsAt },
        yourNetworks: mineIds.flatMap((id) => visible.get(id) ?? []),
        theirNetworks: theirIds.flatMap((id) => visible.get(id) ?? []),
        theirMembersOnlyNetworkCount: theirIds.filter((id) => !visible.has(id)).length,
        sharedGatherings: r.status === ConnectionStatus.CONFIRMED ? gatherings.filter((g) => g.otherId === r.otherId) : [],
        sharedConversations: r.status === ConnectionStatus.CONFIRMED ? conversations.filter((c) => c.otherId === r.otherId) : [],
        createdAt: r.createdAt,
        confirmedAt: r.confirmedAt,
      };
    });
  }
}
