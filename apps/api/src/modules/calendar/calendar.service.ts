import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MailerService } from '../../common/mail/mailer.service.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { PersonEntity } from '../accounts/person.entity.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import type { GatheringEntity } from '../gatherings/gathering.entity.js';
import { GatheringsService } from '../gatherings/gatherings.service.js';
import { calendar, type CalendarEvent } from './ical.js';

const hash = (token: string) => createHash('sha256').update(token).digest();

/** .ics files for gatherings, and each person's private calendar feed. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gatherings: GatheringsService,
    private readonly mailer: MailerService,
  ) {}

  private event(g: GatheringEntity): CalendarEvent {
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

  gatheringIcs(gathering: GatheringEntity): string {
    return calendar(gathering.title, [this.event(gathering)]).toString();
  }

  /** A new secret feed URL for the person; the old one stops working. */
  async createFeed(personId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.getRepository(PersonEntity).update({ id: personId }, { calendarTokenHash: hash(token) });
    return this.mailer.link(`/api/calendar/${token}.ics`);
  }

  async revokeFeed(personId: string): Promise<void> {
    await this.dataSource.getRepository(PersonEntity).update({ id: personId }, { calendarTokenHash: null });
  }

  /** The feed for a token, or null when the token is unknown or revoked. */
  async feed(token: string): Promise<string | null> {
    if (!/^[\w-]{20,64}$/.test(token)) return null;
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .findOne({ select: { id: true, displayName: true }, where: { calendarTokenHash: hash(token) } });
    if (!person) return null;
    const gatherings = [...(await this.gatherings.forPerson(person.id, false)), ...(await this.gatherings.forPerson(person.id, true))];
    return calendar(
      `Weave: ${person.displayName}`,
      gatherings.map((g) => this.event(g)),
    ).toString();
  }
}
