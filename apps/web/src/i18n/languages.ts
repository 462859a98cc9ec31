import { en } from './locales/en';
import type { Messages } from './messages.types';

export interface Language {
  code: string;
  /** The language's own name for itself, shown in the switcher. */
  name: string;
  /** Its messages: English comes with the app (the fallback); others are downloaded when chosen. */
  load: () => Promise<Messages>;
}

// To add a language: add locales/<code>.ts and one line here (a dynamic import, so only its readers download it).
export const languages: readonly Language[] = [
  { code: 'en', name: 'English', load: () => Promise.resolve(en) },
  { code: 'cy', name: 'Cymraeg', load: () => import('./locales/cy').then((module) => module.cy) },
];

export const defaultLanguage = 'en';

export function isSupportedLanguage(code: string): boolean {
  return languages.some((language) => language.code === code);
}
