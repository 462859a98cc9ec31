import { Injectable } from '@nestjs/common';
import { MailerService } from '../../common/mail/mailer.service.js';
import { formatWhen, letterTo, mailTemplatesFor } from '../../common/mail/templates/index.js';
import type { Gathering } from './gathering.js';
import { RegistrationStatus } from './gathering.enums.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { InvitationsRepository } from './invitations.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { newInvitationCode } from './invitation-code.js';

/** Emails to the people of a gathering when it changes or is followed up. */
@Injectable()
export class GatheringNewsService {
  constructor(
    private readonly gatherings: GatheringsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly mailer: MailerService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Announces a follow-up, once: invites the people who took part (in the
   * breakout it carries on, or else in the gathering it follows) with a personal
   * link each, carrying the network they came through so the cascade continues,
   * and tells them in Weave (FOLLOW_UP_ANNOUNCED) in the same transaction; the
   * emails go after it commits.
   */
  async inviteParticipantsOf(followUp: Gathering, actorId: string): Promise<void> {
    const followUpOfId = followUp.followUpOfId;
    if (!followUpOfId) return;
    const original = await this.gatherings.get(followUpOfId);
    const invited = await this.gatherings.transaction(async (trx) => {
      if (!(await this.gatherings.claimParticipantsInvitation(followUp.id, trx))) return [];
      // Whoever announces it is not invited to it.
      const people = (await this.registrations.followUpInvitees({ id: followUp.id, followUpOfId }, trx)).filter((p) => p.id !== actorId);
      const codes: string[] = [];
      for (const person of people) {
        const code = newInvitationCode();
        await this.invitations.insert(
          { gatheringId: followUp.id, code, issuedById: followUp.createdById ?? actorId, email: person.email, networkId: person.networkId },
          trx,
        );
        codes.push(code);
      }
      await this.notifications.notify(
        {
          kind: NotificationKind.FOLLOW_UP_ANNOUNCED,
          recipientIds: people.map((p) => p.id),
          actorId,
          subject: { type: NotificationSubject.GATHERING, id: followUp.id },
          eventKey: `follow-up-announced:${followUp.id}`,
          data: { title: followUp.title, slug: followUp.slug, followsUpTitle: original.title },
        },
        trx,
      );
      return people.map((person, i) => ({ person, code: codes[i] }));
    });
    for (const { person, code } of invited) {
      const t = mailTemplatesFor(person.locale);
      const url = this.mailer.link(`/gatherings/${followUp.slug}?invite=${code}`);
      const when = formatWhen(followUp, t);
      await this.mailer.send(
        letterTo(
          person,
          t,
          t.followUpInvitation({ name: person.displayName, followsUp: original.title, title: followUp.title, when, url }),
        ),
      );
    }
  }

  /** After publishing, a change of time or place is sent to everyone registered or waiting. */
  async tellAboutChanges(before: Gathering, after: Gathering): Promise<void> {
    const timeChanged =
      before.startsAt.getTime() !== after.startsAt.getTime() ||
      before.endsAt.getTime() !== after.endsAt.getTime() ||
      before.timeZone !== after.timeZone;
    const placeChanged = before.venue !== after.venue;
    const linkChanged = before.onlineUrl !== after.onlineUrl;
    if (!timeChanged && !placeChanged && !linkChanged) return;
    const waiting = [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING_APPROVAL];
    const url = this.mailer.link(`/gatherings/${after.slug}`);
    for (const person of await this.registrations.contactsWith(after.id, waiting)) {
      const t = mailTemplatesFor(person.locale);
      const change = {
        ...(timeChanged ? { when: formatWhen(after, t) } : {}),
        ...(placeChanged ? { where: after.venue } : {}),
        linkChanged,
      };
      await this.mailer.send(letterTo(person, t, t.gatheringChanged({ name: person.displayName, title: after.title, url, ...change })));
    }
  }
}
