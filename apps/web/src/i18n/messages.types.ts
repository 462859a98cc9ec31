import type { en } from './locales/en';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

// The shape every locale must match: the English keys, any string values.
export type Messages = Widen<typeof en>;
