import { Injectable } from '@nestjs/common';
import { MailerService } from '../../common/mail/mailer.service.js';
import type { Gathering } from './gathering.js';
import { RegistrationStatus } from './gathering.enums.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { WITH_A_PLACE } from './gatherings.fragments.js';
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
  ) {}

  /** Invites, once, everyone who took part in the gathering this one follows up (one email each, with a personal link). */
  async inviteParticipantsOf(followUp: Gathering): Promise<void> {
    if (!followUp.followUpOfId || !(await this.gatherings.claimParticipantsInvitation(followUp.id))) return;
    const people = await this.registrations.contactsWith(followUp.followUpOfId, WITH_A_PLACE);
    const original = await this.gatherings.get(followUp.followUpOfId);
    for (const person of people) {
      const code = newInvitationCode();
      await this.invitations.insert({ gatheringId: followUp.id, code, issuedById: followUp.createdById ?? person.id, email: person.email });
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
