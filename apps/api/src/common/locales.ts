/** Interface languages; the web app has a translation file for each. */
export const SUPPORTED_LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
