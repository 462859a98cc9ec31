import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../common/access/request-context.js';
import type { Executor } from '../../database/database.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Gathering, Registration } from './gathering.js';
import { GatheringStatus, RegistrationStatus } from './gathering.enums.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';

/** Who hears of a change of time or place: everyone with a place, waiting, or waiting for approval. */
const TOLD_OF_CHANGES = [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING_APPROVAL];

type GatheringFacts = Pick<Gathering, 'id' | 'title' | 'slug'>;

/**
 * What the gatherings module tells people in their inbox, always inside the
 * transaction of the act itself. The people told may see the gathering: it is
 * their own registration, or they are invited to convene it.
 */
@Injectable()
export class GatheringNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly registrations: RegistrationsRepository,
    private readonly networks: GatheringNetworksRepository,
  ) {}

  /**
   * A registration's new status, told to its person: a place (confirmed, or approved when a convener
   * decided), the waiting list, or promoted from it. `actor` is the convener who decided, or null when
   * Weave did it (the person's own registration, a place freed by someone else).
   */
  async registration(
    registration: Pick<Registration, 'id' | 'personId'>,
    status: RegistrationStatus,
    how: 'registered' | 'decided' | 'promoted',
    gathering: GatheringFacts,
    actor: Viewer | null,
    trx: Executor,
  ): Promise<void> {
    const kind = registrationKind(status, how);
    if (!kind) return;
    await this.notifications.notify(
      {
        kind,
        recipientIds: [registration.personId],
        actorId: actor?.personId ?? null,
        subject: { type: NotificationSubject.GATHERING, id: gathering.id },
        eventKey: `${kind}:${registration.id}:${randomUUID()}`,
        data: { title: gathering.title, slug: gathering.slug },
      },
      trx,
    );
  }

  /** A published gathering's time or place changed: everyone registered or waiting is told. */
  async changed(before: Gathering, after: Gathering, actor: Viewer, trx: Executor): Promise<void> {
    if (before.status === GatheringStatus.DRAFT) return;
    const moved =
      before.startsAt.getTime() !== after.startsAt.getTime() ||
      before.endsAt.getTime() !== after.endsAt.getTime() ||
      before.timeZone !== after.timeZone ||
      before.venue !== after.venue ||
      before.onlineUrl !== after.onlineUrl;
    if (!moved) return;
    await this.notifications.notify(
      {
        kind: NotificationKind.REGISTRATION_CHANGED,
        recipientIds: await this.registrations.personIdsWith(after.id, TOLD_OF_CHANGES, trx),
        actorId: actor.personId,
        subject: { type: NotificationSubject.GATHERING, id: after.id },
        eventKey: `gathering-changed:${after.id}:${randomUUID()}`,
        data: { title: after.title, slug: after.slug },
      },
      trx,
    );
  }

  /** A network is invited to co-convene: its facilitators and conveners (who may answer) are told. */
  async coConveneInvitation(gathering: GatheringFacts, networkId: string, actor: Viewer, trx: Executor): Promise<void> {
    const answerers = await this.networks.answerersFor(networkId, actor, trx);
    if (!answerers) return;
    await this.notifications.notify(
      {
        kind: NotificationKind.CO_CONVENE_INVITATION,
        recipientIds: answerers.personIds,
        actorId: actor.personId,
        subject: { type: NotificationSubject.GATHERING, id: gathering.id },
        eventKey: `co-convene:${gathering.id}:${networkId}:${randomUUID()}`,
        data: {
          title: gathering.title,
          slug: gathering.slug,
          networkName: answerers.network.name,
          networkSlug: answerers.network.slug,
          networkId,
        },
      },
      trx,
    );
  }
}

function registrationKind(status: RegistrationStatus, how: 'registered' | 'decided' | 'promoted'): NotificationKind | null {
  if (status === RegistrationStatus.WAITLISTED) return NotificationKind.REGISTRATION_WAITLISTED;
  if (status !== RegistrationStatus.REGISTERED) return null;
  if (how === 'promoted') return NotificationKind.REGISTRATION_PROMOTED;
  return how === 'decided' ? NotificationKind.REGISTRATION_APPROVED : NotificationKind.REGISTRATION_CONFIRMED;
}
