import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AsksOffersMatchingRepository, type MatchSource, type ScoredMatch } from './asks-offers-matching.repository.js';
import { AskOfferSide, AskOfferStatus } from './asks-offers.enums.js';
import { AsksOffersRepository } from './asks-offers.repository.js';

export const MATCH_JOB = 'asks-offers.match';

/**
 * A good match — the people of both sides are told of it: posts of different networks (or people)
 * sharing at least one theme and at least one word, with a score of at least {@link GOOD_MATCH}
 * (e.g. one theme of one shared and a third of the words, or both themes and a few words).
 */
export const GOOD_MATCH = 1.2;
export const isGoodMatch = (m: Pick<ScoredMatch, 'score' | 'themeScore' | 'textScore' | 'sameNetwork'>): boolean =>
  !m.sameNetwork && m.themeScore > 0 && m.textScore > 0 && m.score >= GOOD_MATCH;

/** At most this many of a new post's matches are told of (the best). */
export const MATCHES_TOLD = 5;

/**
 * Finding matches for a post after it is posted or edited, in a job (posting stays fast), and telling
 * both sides of each good one, once per pair (the notice's event key names the pair).
 */
@Injectable()
export class AsksOffersMatchingService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly matching: AsksOffersMatchingRepository,
    private readonly repository: AsksOffersRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {
    jobs.define<{ id: string }>(MATCH_JOB, ({ id }) => this.tellMatches(id));
  }

  /** Queues matching for the post, in the act's transaction. */
  async queue(id: string, trx: Executor): Promise<void> {
    await this.jobs.enqueue(MATCH_JOB, { id }, trx);
  }

  /** The best open posts on the other side the viewer may see. */
  async best(source: MatchSource, viewer: Viewer | null, limit: number): Promise<ScoredMatch[]> {
    return this.matching.best(source, viewer, limit);
  }

  source(id: string): Promise<MatchSource | undefined> {
    return this.matching.source(id);
  }

  /**
   * Tells the people of both sides of each good match of the post. Only posts everyone signed in may
   * see are matched here (a person's, or a public network's), so no one is told of what they could
   * not open; a members-only network's people still see its matches on its pages.
   */
  async tellMatches(id: string): Promise<void> {
    const source = await this.matching.source(id);
    if (!source?.openToAll) return;
    const facts = await this.repository.facts(id);
    if (!facts || facts.status !== AskOfferStatus.OPEN) return;
    const good = (await this.matching.best(source, 'everyone', MATCHES_TOLD * 2)).filter(isGoodMatch).slice(0, MATCHES_TOLD);
    for (const match of good) {
      await this.db.transaction().execute(async (trx) => {
        const [ask, offer] =
          source.side === AskOfferSide.ASK
            ? [{ id: source.id, title: source.title, networkId: source.networkId, postedById: source.postedById }, match]
            : [match, { id: source.id, title: source.title, networkId: source.networkId, postedById: source.postedById }];
        const eventKey = `match:${ask.id}:${offer.id}`;
        const tell = async (mine: typeof ask, subject: NotificationSubject) =>
          this.notifications.notify(
            {
              kind: NotificationKind.MATCH_FOUND,
              recipientIds: await this.repository.sidePeople(mine, trx),
              actorId: null,
              subject: { type: subject, id: mine.id },
              eventKey,
              data: { title: mine.title, path: `/asks-offers/${mine.id}` },
            },
            trx,
          );
        await tell(ask, NotificationSubject.ASK);
        await tell(offer, NotificationSubject.OFFER);
      });
    }
  }
}
