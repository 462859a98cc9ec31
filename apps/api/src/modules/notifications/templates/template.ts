import type { NotificationKind } from '../notification.enums.js';

/** What a notification's text is made from: who did it and what it is about (from the notification's data). */
export interface Facts {
  /** The actor's display name, or Weave itself. */
  actor: string;
  /** The title of what it is about (a gathering, a conversation, a network, an action). */
  title: string;
}

/** One language's words for every email Weave sends about notifications. */
export interface EmailTemplates {
  /** One sentence per kind: the email's subject when sent at once, and its line in a digest. */
  kinds: Record<NotificationKind, (facts: Facts) => string>;
  /** Each kind's name as the settings page shows it, for "you get these emails about …". */
  kindNames: Record<NotificationKind, string>;
  greeting: (name: string) => string;
  open: (url: string) => string;
  digestSubject: (count: number) => string;
  digestIntro: string;
  unsubscribeKind: (kindName: string, url: string) => string;
  unsubscribeDigest: (url: string) => string;
  settings: (url: string) => string;
  /** The page an unsubscribe link opens (it asks first: opening a link must not change anything). */
  page: {
    title: string;
    askKind: (kindName: string) => string;
    askDigest: string;
    button: string;
    doneKind: (kindName: string) => string;
    doneDigest: string;
    invalid: string;
    settings: string;
  };
  someone: string;
  weave: string;
  untitled: string;
}
