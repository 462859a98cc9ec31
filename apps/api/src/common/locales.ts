import { CommonError, commonError } from './errors/common.errors.js';

/** Interface languages; the web app has a translation file for each. */
export const SUPPORTED_LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** The interface language for a stored locale (people.locale): Welsh for cy or cy-GB, else English. */
export const languageOf = (locale: string | null | undefined): Locale => (locale?.toLowerCase().startsWith('cy') ? 'cy' : 'en');

/** The language of a file's headers and labels: `lang=en` (the default) or `lang=cy`, as the web app sends its own. */
export function languageFromQuery(query: Record<string, unknown>): Locale {
  const lang = query.lang ?? 'en';
  if (typeof lang === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  const use = `Use ${SUPPORTED_LOCALES.join(' or ')}.`;
  throw commonError(CommonError.InvalidInput, { fields: { lang: use }, message: `The file comes in these languages only. ${use}` });
}
