import { Injectable } from '@nestjs/common';
import { MailerService } from '../../common/mail/mailer.service.js';
import type { Gathering } from './gathering.js';
import { RegistrationStatus } from './gathering.enums.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { InvitationsRepository } from './invitations.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { newInvitationCode } from './invitation-code.js';

/** "Sunday, 14 March 2027, 10:00–16:00 (Europe/London)" in the gathering's own zone. */
export function formatWhen(g: Pick<Gathering, 'startsAt' | 'endsAt' | 'timeZone'>): string {
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
      await this.mailer.send({
        to: person.email,
        subject: `Carry on the conversation: ${followUp.title}`,
        text: `Hello ${person.displayName},\n\nYou took part in "${original.title}". Its conveners invite you to the follow-up, "${followUp.title}": ${formatWhen(followUp)}.\n\nRegister here: ${this.mailer.link(`/gatherings/${followUp.slug}?invite=${code}`)}\n`,
      });
    }
  }

  /** After publishing, a change of time or place is sent to everyone registered or waiting. */
  async tellAboutChanges(before: Gathering, after: Gathering): Promise<void> {
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
    const waiting = [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING_APPROVAL];
    for (const person of await this.registrations.contactsWith(after.id, waiting)) {
      await this.mailer.send({
        to: person.email,
        subject: `Changed: ${after.title}`,
        text: `Hello ${person.displayName},\n\n"${after.title}" has changed:\n\n${changed.join('\n')}\n\nSee the details: ${this.mailer.link(`/gatherings/${after.slug}`)}\n`,
      });
    }
  }
}
