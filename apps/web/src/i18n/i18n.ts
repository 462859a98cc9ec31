import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { getI18n, initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, loadMessages } from './languages';
import { messages as common } from './locales/en/common';
import type { Messages, Namespace } from './messages.types';

function syncDocumentLanguage(code: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
  }
}

/** Some or all of a language's namespaces. */
export type LanguageMessages = { [N in Namespace]?: Messages<N> };

interface CreateI18nOptions {
  /** Fixed language (tests); otherwise detected from storage and the browser. */
  lng?: string;
  /** Messages to have at once without downloading them, by language (tests). */
  preloaded?: Record<string, LanguageMessages>;
}

export function createI18n({ lng, preloaded = {} }: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  if (!lng) instance.use(LanguageDetector);
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
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: languages.map((language) => language.code),
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false }, // React already escapes
    detection: {
      order: ['localStorage', 'navigator', 'htmlTag'],
      lookupLocalStorage: 'weave.language',
      caches: ['localStorage'],
    },
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
