import { languageOf } from '../../locales.js';
import type { Mail } from '../mailer.service.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { Letter, MailTemplates } from './template.js';

export type { Letter, MailTemplates } from './template.js';

/** The direct emails' words in a person's language (people.locale); English when it is neither. */
export const mailTemplatesFor = (locale: string | null | undefined): MailTemplates => (languageOf(locale) === 'cy' ? cy : en);

/** A letter addressed: the greeting (by name, or to anyone when the person is not on Weave yet), then its text. */
export function letterTo(to: { email: string; displayName?: string | null }, t: MailTemplates, letter: Letter): Mail {
  const greeting = to.displayName ? t.greeting(to.displayName) : t.greetingAnyone;
  return { to: to.email, subject: letter.subject, text: `${greeting}\n\n${letter.text}\n` };
}

/** "Sunday, 14 March 2027, 10:00–16:00 (Europe/London)" in the gathering's own zone and the reader's language. */
export function formatWhen(g: { startsAt: Date; endsAt: Date; timeZone: string }, t: MailTemplates): string {
  const day = new Intl.DateTimeFormat(t.dateLocale, {
    timeZone: g.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(g.startsAt);
  const time = new Intl.DateTimeFormat(t.dateLocale, { timeZone: g.timeZone, hour: '2-digit', minute: '2-digit' });
  return t.when(day, time.format(g.startsAt), time.format(g.endsAt), g.timeZone);
}
