/** Interface languages; the web app has a translation file for each. */
export const SUPPORTED_LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** The interface language for a stored locale (people.locale): Welsh for cy or cy-GB, else English. */
export const languageOf = (locale: string | null | undefined): Locale => (locale?.toLowerCase().startsWith('cy') ? 'cy' : 'en');
