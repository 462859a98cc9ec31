import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MailerService } from '../../common/mail/mailer.service.js';
import { PeopleService } from '../accounts/people.service.js';
import type { Viewer } from '../../common/access/request-context.js';
import type { Gathering } from '../gatherings/gatherings.service.js';
import { GatheringsService } from '../gatherings/gatherings.service.js';
import { calendar, type CalendarEvent } from './ical.js';

const hash = (token: string) => createHash('sha256').update(token).digest();

/** .ics files for gatherings, and each person's private calendar feed. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly people: PeopleService,
    private readonly gatherings: GatheringsService,
    private readonly mailer: MailerService,
  ) {}

  private event(g: Gathering): CalendarEvent {
    const where = [g.venue, g.format !== 'in_person' ? 'Online' : null].filter(Boolean).join(' · ');
    return {
      id: g.id,
      title: g.title,
      description: `${g.purpose}\n\n${this.mailer.link(`/gatherings/${g.slug}`)}`.trim(),
      startsAt: g.startsAt,
      endsAt: g.endsAt,
      timeZone: g.timeZone,
      location: where || null,
      url: this.mailer.link(`/gatherings/${g.slug}`),
    };
  }

  /** The .ics file of a gathering the viewer may see (NOT_FOUND otherwise). */
  async gatheringFile(slug: string, viewer: Viewer | null): Promise<{ filename: string; body: string }> {
    const gathering = await this.gatherings.findVisible({ slug }, viewer);
    return { filename: `${gathering.slug}.ics`, body: calendar(gathering.title, [this.event(gathering)]).toString() };
  }

  /** A new secret feed URL for the person; the old one stops working. */
  async createFeed(personId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.people.setCalendarTokenHash(personId, hash(token));
    return this.mailer.link(`/api/calendar/${token}.ics`);
  }

  async revokeFeed(personId: string): Promise<void> {
    await this.people.setCalendarTokenHash(personId, null);
  }

  /** The feed for a token, or null when the token is unknown or revoked. */
  async feed(token: string): Promise<string | null> {
    if (!/^[\w-]{20,64}$/.test(token)) return null;
    const person = await this.people.byCalendarTokenHash(hash(token));
    if (!person) return null;
    const gatherings = [...(await this.gatherings.forPerson(person.id, false)), ...(await this.gatherings.forPerson(person.id, true))];
    return calendar(
      `Weave: ${person.displayName}`,
      gatherings.map((g) => this.event(g)),
    ).toString();
  }
}
