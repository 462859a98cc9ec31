import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { InjectDb, type Db } from '../../database/database.js';
import { ConversationsService } from '../conversations/conversations.service.js';
import { normaliseThemes } from '../networks/directory/networks.service.js';
import { NetworksService } from '../networks/directory/networks.service.js';
import { RolesService } from '../roles/roles.service.js';
import type { AskOfferIntroductionModel, AskOfferMatchModel } from './ask-offer-match.model.js';
import { askOfferModel } from './ask-offer.mapping.js';
import type { AskOfferModel } from './ask-offer.model.js';
import { AsksOffersMatchingService, isGoodMatch } from './asks-offers-matching.service.js';
import { AskOfferOutcome, AskOfferSide, AskOfferStatus, NETWORK_POSTERS } from './asks-offers.enums.js';
import { asksOffersError, AsksOffersError } from './asks-offers.errors.js';
import { AsksOffersRepository, type AskOfferFacts, type AskOfferValues } from './asks-offers.repository.js';
import type { AskAndOfferInput } from './dtos/ask-and-offer.input.js';
import type { AskOfferFieldsInput } from './dtos/ask-offer-fields.input.js';
import type { AsksOffersArgs } from './dtos/asks-offers.args.js';
import type { CloseAskOfferInput } from './dtos/close-ask-offer.input.js';
import type { PostAskOfferInput } from './dtos/post-ask-offer.input.js';
import type { UpdateAskOfferInput } from './dtos/update-ask-offer.input.js';
import type { NetworkReciprocityModel, ReciprocityPartner } from './network-reciprocity.model.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Asks and offers: posting, editing and closing them, who may see them, introductions, met asks and reciprocity. */
@Injectable()
export class AsksOffersService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly repository: AsksOffersRepository,
    private readonly matching: AsksOffersMatchingService,
    private readonly roles: RolesService,
    private readonly networks: NetworksService,
    private readonly conversations: ConversationsService,
  ) {}

  async view(id: string, viewer: Viewer | null): Promise<AskOfferModel> {
    const row = await this.repository.find(id, viewer);
    if (!row) throw asksOffersError(AsksOffersError.AskOfferNotFound);
    return askOfferModel(row);
  }

  async find(id: string, viewer: Viewer | null): Promise<AskOfferModel | null> {
    const row = await this.repository.find(id, viewer);
    return row ? askOfferModel(row) : null;
  }

  async list(args: AsksOffersArgs, viewer: Viewer | null): Promise<Connection<AskOfferModel>> {
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const { rows, totalCount } = await this.repository.page(
      args.filter ?? {},
      viewer,
      args.first + 1,
      after && { createdAt: String(after[0]), id: String(after[1]) },
    );
    return toConnection(rows, args.first, totalCount, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), askOfferModel);
  }

  /** Posts an ask or offer; its matches are found in a job, so posting stays fast. */
  async post(input: PostAskOfferInput, viewer: Viewer): Promise<AskOfferModel> {
    const values = this.values(input);
    if (input.networkId && !(await this.roles.holdsAny(viewer.personId, 'network', input.networkId, NETWORK_POSTERS)))
      throw asksOffersError(AsksOffersError.NotNetworkFacilitator);
    if (input.gatheringId && !(await this.repository.takesPartIn(input.gatheringId, viewer.personId)))
      throw asksOffersError(AsksOffersError.NotTakingPartInGathering);
    const id = await this.db.transaction().execute(async (trx) => {
      const made = await this.repository.insert(
        {
          ...values,
          side: input.side,
          networkId: input.networkId ?? null,
          gatheringId: input.gatheringId ?? null,
          postedById: viewer.personId,
        },
        trx,
      );
      await this.matching.queue(made, trx);
      return made;
    });
    return this.view(id, viewer);
  }

  async update(input: UpdateAskOfferInput, viewer: Viewer): Promise<AskOfferModel> {
    const values = this.values(input);
    await this.editable(input.id, viewer);
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.repository.update(input.id, values, trx))) throw asksOffersError(AsksOffersError.AskOfferClosed);
      await this.matching.queue(input.id, trx);
    });
    return this.view(input.id, viewer);
  }

  /** The poster (or the network's facilitators and conveners) closes it as met or withdrawn; it stays in the history. */
  async close(input: CloseAskOfferInput, viewer: Viewer): Promise<AskOfferModel> {
    await this.editable(input.id, viewer);
    const status = input.outcome === AskOfferOutcome.MET ? AskOfferStatus.MET : AskOfferStatus.WITHDRAWN;
    if (!(await this.repository.close(input.id, { status, byId: viewer.personId }, this.db)))
      throw asksOffersError(AsksOffersError.AskOfferClosed);
    return this.view(input.id, viewer);
  }

  /** The best open posts on the other side that the viewer may see (none for a closed or expired post). */
  async matches(id: string, first: number, viewer: Viewer | null): Promise<AskOfferMatchModel[]> {
    const post = await this.repository.find(id, viewer);
    if (!post) throw asksOffersError(AsksOffersError.AskOfferNotFound);
    if (post.status !== AskOfferStatus.OPEN) return [];
    const source = await this.matching.source(id);
    if (!source) return [];
    const scored = await this.matching.best(source, viewer, first);
    const [rows, introduced] = await Promise.all([
      this.repository.findMany(
        scored.map((m) => m.id),
        viewer,
      ),
      viewer ? this.repository.introductionsOf(id, post.side) : Promise.resolve(new Map<string, string>()),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return scored.flatMap((m) => {
      const row = byId.get(m.id);
      if (!row) return [];
      return [
        {
          match: askOfferModel(row),
          score: Math.round(m.score * 1000) / 1000,
          isGood: isGoodMatch(m),
          sameNetwork: m.sameNetwork,
          introductionConversationId: post.viewerMayEdit || row.viewerMayEdit ? (introduced.get(m.id) ?? null) : null,
        },
      ];
    });
  }

  /**
   * Either side introduces an ask and an offer: a conversation only the people of both sides may read
   * (their posters, and the facilitators and conveners of their networks), once per pair.
   */
  async introduce(input: AskAndOfferInput, viewer: Viewer): Promise<AskOfferIntroductionModel> {
    const { ask, offer } = await this.pair(input, viewer);
    if (ask.status !== AskOfferStatus.OPEN) throw asksOffersError(AsksOffersError.AskOfferClosed);
    if (offer.status !== AskOfferStatus.OPEN) throw asksOffersError(AsksOffersError.OfferClosed);
    if (ask.postedById && ask.postedById === offer.postedById && !ask.networkId && !offer.networkId)
      throw asksOffersError(AsksOffersError.SameSide);
    return this.db.transaction().execute(async (trx) => {
      const existing = await this.repository.claimIntroduction(ask.id, offer.id, trx);
      if (existing) return { conversationId: existing.conversationId, isNew: false };
      const people = [...(await this.repository.sidePeople(ask, trx)), ...(await this.repository.sidePeople(offer, trx))];
      const conversationId = await this.conversations.startIntroduction(
        {
          title: `${ask.title} · ${offer.title}`,
          body: input.message?.trim() || `Introducing the ask “${ask.title}” and the offer “${offer.title}”.`,
          personIds: people,
        },
        viewer,
        trx,
      );
      await this.repository.insertIntroduction({ askId: ask.id, offerId: offer.id, conversationId, introducedById: viewer.personId }, trx);
      return { conversationId, isNew: true };
    });
  }

  /** Either side marks the ask met by the offer, recording the network that met it (the offer's). */
  async markMet(input: AskAndOfferInput, viewer: Viewer): Promise<AskOfferModel> {
    const { ask, offer } = await this.pair(input, viewer);
    const closed = await this.repository.close(
      ask.id,
      { status: AskOfferStatus.MET, byId: viewer.personId, metByOfferId: offer.id, metByNetworkId: offer.networkId },
      this.db,
    );
    if (!closed) throw asksOffersError(AsksOffersError.AskOfferClosed);
    return this.view(ask.id, viewer);
  }

  /** Asks met for the network and by it, across which networks (those the viewer may see are named). */
  async reciprocity(networkId: string, viewer: Viewer | null): Promise<NetworkReciprocityModel> {
    await this.networks.findVisible({ id: networkId }, viewer);
    const rows = await this.repository.reciprocity(networkId, viewer);
    const partners = (direction: 'for' | 'by'): ReciprocityPartner[] =>
      rows
        .filter((r) => r.direction === direction && r.otherId && r.name)
        .map((r) => ({
          network: { id: r.otherId!, slug: r.slug ?? '', name: r.name!, kind: r.kind!, isClosed: Boolean(r.isClosed) },
          count: r.count,
        }));
    const total = (direction: 'for' | 'by') => rows.filter((r) => r.direction === direction).reduce((sum, r) => sum + r.count, 0);
    return { metForCount: total('for'), metByCount: total('by'), metFor: partners('for'), metBy: partners('by') };
  }

  private values(input: AskOfferFieldsInput): AskOfferValues {
    if (input.endsOn < today()) throw asksOffersError(AsksOffersError.EndsInPast);
    return {
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      themes: normaliseThemes(input.themes ?? []),
      area: input.area ?? '',
      endsOn: input.endsOn,
    };
  }

  /** The post, when the viewer may see it and change it. */
  private async editable(id: string, viewer: Viewer): Promise<void> {
    const row = await this.repository.find(id, viewer);
    if (!row) throw asksOffersError(AsksOffersError.AskOfferNotFound);
    if (!row.viewerMayEdit) throw asksOffersError(AsksOffersError.NotYourPost);
  }

  /** An ask and an offer the viewer may see, the viewer being of one side or the other. */
  private async pair(input: AskAndOfferInput, viewer: Viewer): Promise<{ ask: AskOfferFacts; offer: AskOfferFacts }> {
    const [askRow, offerRow] = await Promise.all([this.repository.find(input.askId, viewer), this.repository.find(input.offerId, viewer)]);
    if (!askRow || !offerRow) throw asksOffersError(AsksOffersError.AskOfferNotFound);
    if (askRow.side !== AskOfferSide.ASK) throw asksOffersError(AsksOffersError.NotAnAsk);
    if (offerRow.side !== AskOfferSide.OFFER) throw asksOffersError(AsksOffersError.NotAnOffer);
    if (!askRow.viewerMayEdit && !offerRow.viewerMayEdit) throw asksOffersError(AsksOffersError.NotEitherSide);
    const [ask, offer] = await Promise.all([this.repository.facts(input.askId), this.repository.facts(input.offerId)]);
    return { ask: ask!, offer: offer! };
  }
}
