import { cy } from './locales/cy';
import { en } from './locales/en';
import type { Messages } from './messages.types';

export interface Language {
  code: string;
  /** The language's own name for itself, shown in the switcher. */
  name: string;
  messages: Messages;
}

// To add a language: add locales/<code>.ts and one line here.
export const languages: readonly Language[] = [
  { code: 'en', name: 'English', messages: en },
  { code: 'cy', name: 'Cymraeg', messages: cy },
];

export const defaultLanguage = 'en';

export function isSupportedLanguage(code: string): boolean {
  return languages.some((language) => language.code === code);
}
