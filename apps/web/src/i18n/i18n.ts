import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { getI18n, initReactI18next } from 'react-i18next';
import { defaultLanguage, isSupportedLanguage, languages, loadMessages } from './languages';
import { messages as common } from './locales/en/common';
import type { Messages, Namespace } from './messages.types';

/** Where the reader's choice of language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'weave.language';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage refused (a private window): the browser's languages decide
  }
}

function storeLanguage(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // Not kept: the next visit asks the browser again.
  }
}

/**
 * The reader's language: the one they chose here before, else the first of their browser's languages
 * we have (cy-GB reads as cy), else English. (A few lines rather than a detector library: 2 KB less
 * on every first visit.)
 */
export function detectLanguage(): string {
  const candidates = [storedLanguage(), ...(typeof navigator === 'undefined' ? [] : navigator.languages)];
  const codes = candidates.map((candidate) => candidate?.split('-')[0]?.toLowerCase());
  return codes.find((code): code is string => !!code && isSupportedLanguage(code)) ?? defaultLanguage;
}

function syncDocumentLanguage(code: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
  }
}

/** Some or all of a language's namespaces. */
export type LanguageMessages = { [N in Namespace]?: Messages<N> };

interface CreateI18nOptions {
  /** Fixed language (tests); otherwise detected (detectLanguage), and each change kept for the next visit. */
  lng?: string;
  /** Messages to have at once without downloading them, by language (tests). */
  preloaded?: Record<string, LanguageMessages>;
}

export function createI18n({ lng, preloaded = {} }: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  if (!lng) instance.on('languageChanged', storeLanguage);
  instance.use(initReactI18next);
  instance.use(resourcesToBackend((code: string, namespace: Namespace) => loadMessages(code, namespace)));
  // The English common messages come with the app (every page's header, statuses and errors).
  const bundled: Record<string, LanguageMessages> = { ...preloaded, [defaultLanguage]: { common, ...preloaded[defaultLanguage] } };
  void instance.init({
    // Bundled messages are there at once; any other namespace or language is fetched by the backend
    // (react-i18next suspends until it arrives, changeLanguage waits for the namespaces in use).
    resources: bundled,
    partialBundledLanguages: true,
    ns: ['common'],
    defaultNS: 'common',
    // A feature's `t` (useTranslation('open-space')) also finds the common messages, and the words for
    // the API's reasons once a refusal has brought them (app/apollo.ts).
    fallbackNS: ['common', 'reasons'],
    lng: lng ?? detectLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: languages.map((language) => language.code),
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false }, // React already escapes
  });
  return instance;
}

/**
 * Starts downloading namespaces in the app's language (and English, its fallback) before a page
 * needs them, so a page's code and its messages arrive together: lazyPage calls it.
 */
export async function preloadMessages(namespaces: readonly Namespace[]): Promise<void> {
  await getI18n()?.loadNamespaces([...namespaces]);
}
