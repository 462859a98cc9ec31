import type { Messages, Namespace } from './messages.types';

export interface Language {
  code: string;
  /** The language's own name for itself, shown in the switcher. */
  name: string;
}

// To add a language: add locales/<code>/ (one file per namespace, as locales/en/) and one line here.
export const languages: readonly Language[] = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
];

export const defaultLanguage = 'en';

/** The language files from the API are written in (`lang=en` or `cy`, its CSVs and graph files): the reader's. */
export const exportLanguage = (language: string): 'en' | 'cy' => (language.startsWith('cy') ? 'cy' : 'en');

export function isSupportedLanguage(code: string): boolean {
  return languages.some((language) => language.code === code);
}

// Every namespace once (a missing or unknown one is a type error): the locale tests walk them all.
const namespaceSet: Record<Namespace, true> = {
  common: true,
  accounts: true,
  admin: true,
  'asks-offers': true,
  conversations: true,
  feedback: true,
  gatherings: true,
  harvest: true,
  home: true,
  impact: true,
  networks: true,
  notifications: true,
  'open-space': true,
  reasons: true,
  relationships: true,
};
export const namespaces = Object.keys(namespaceSet) as Namespace[];

/**
 * One namespace of one language, downloaded the first time it is needed: the bundler makes each
 * locales/<code>/<namespace>.ts its own small file, so a page fetches only its feature's messages.
 */
export async function loadMessages<N extends Namespace>(code: string, namespace: N): Promise<Messages<N>> {
  const module = (await import(`./locales/${code}/${namespace}.ts`)) as { messages: Messages<N> };
  return module.messages;
}
