/** One email's words: its subject and its body (without the greeting). */
export interface Letter {
  subject: string;
  text: string;
}

/**
 * One language's words for the emails Weave sends directly (not as notifications): a person's account,
 * invitations and answers about gatherings. Services pass facts; every word is here.
 */
export interface MailTemplates {
  /** For Intl date formats (en-GB, never US style). */
  dateLocale: string;
  greeting: (name: string) => string;
  /** The greeting when the person is not on Weave yet. */
  greetingAnyone: string;
  someone: string;
  /** "When" of a gathering, e.g. "Sunday, 14 March 2027, 10:00–16:00 (Europe/London)". */
  when: (day: string, from: string, to: string, timeZone: string) => string;

  followUpInvitation: (f: { name: string; followsUp: string; title: string; when: string; url: string }) => Letter;
  registrationDeclined: (f: { name: string; title: string; url: string }) => Letter;
  /** An invitation to a gathering by email; `signInUrl` for an address no account has proved. */
  gatheringInvitation: (f: { inviter: string; network?: string; title: string; url: string; signInUrl?: string }) => Letter;
  /** A published gathering's change of time or place, to everyone registered or waiting. */
  gatheringChanged: (f: { name: string; title: string; when?: string; where?: string | null; linkChanged: boolean; url: string }) => Letter;

  // The account's own emails (about its security: no unsubscribe).
  verifyEmail: (f: { name: string; url: string }) => Letter;
  passwordReset: (f: { name: string; url: string }) => Letter;
  signUpAttempt: (f: { name: string; signInUrl: string; forgotUrl: string }) => Letter;
}
