import type { TFunction } from 'i18next';
import type { messages as accounts } from './locales/en/accounts';
import type { messages as admin } from './locales/en/admin';
import type { messages as asksOffers } from './locales/en/asks-offers';
import type { messages as common } from './locales/en/common';
import type { messages as conversations } from './locales/en/conversations';
import type { messages as feedback } from './locales/en/feedback';
import type { messages as gatherings } from './locales/en/gatherings';
import type { messages as harvest } from './locales/en/harvest';
import type { messages as home } from './locales/en/home';
import type { messages as impact } from './locales/en/impact';
import type { messages as networks } from './locales/en/networks';
import type { messages as notifications } from './locales/en/notifications';
import type { messages as openSpace } from './locales/en/open-space';
import type { messages as reasons } from './locales/en/reasons';
import type { messages as relationships } from './locales/en/relationships';

/**
 * The English messages by namespace: `common` comes with the app (the header, errors, statuses), each
 * feature's namespace (named after its folder in src/modules) is downloaded when a page first needs it.
 * A namespace keeps its keys' feature prefix (`openSpace.room.title`), so keys read the same everywhere.
 * `reasons` words the API's refusals and is downloaded when the first one comes back (app/apollo.ts).
 */
export interface Resources {
  common: typeof common;
  accounts: typeof accounts;
  admin: typeof admin;
  'asks-offers': typeof asksOffers;
  conversations: typeof conversations;
  feedback: typeof feedback;
  gatherings: typeof gatherings;
  harvest: typeof harvest;
  home: typeof home;
  impact: typeof impact;
  networks: typeof networks;
  notifications: typeof notifications;
  'open-space': typeof openSpace;
  reasons: typeof reasons;
  relationships: typeof relationships;
}

export type Namespace = keyof Resources;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

// The shape every locale's namespace must match: the English keys, any string values.
export type Messages<N extends Namespace> = Widen<Resources[N]>;

/** The `t` of any namespace (every one also reads common): what a helper wording only common messages takes. */
export type AnyTFunction = TFunction<Namespace>;
