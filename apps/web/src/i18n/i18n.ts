import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages } from './languages';
import { en } from './locales/en';
import type { Messages } from './messages.types';

/** A language's messages, downloaded the first time someone reads it (English comes with the app). */
const loadLanguage = (code: string) => languages.find((language) => language.code === code)?.load() ?? Promise.resolve({});

function syncDocumentLanguage(code: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
  }
}

interface CreateI18nOptions {
  /** Fixed language (tests); otherwise detected from storage and the browser. */
  lng?: string;
  /** Messages of other languages to have at once, without downloading them (tests). */
  preloaded?: Record<string, Messages>;
}

export function createI18n({ lng, preloaded = {} }: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  if (!lng) instance.use(LanguageDetector);
  instance.use(initReactI18next);
  instance.use(resourcesToBackend(loadLanguage));
  const bundled = { [defaultLanguage]: en, ...preloaded };
  void instance.init({
    // Bundled languages are there at once; any other is fetched by the backend (react-i18next
    // suspends until it arrives, or changeLanguage waits for it).
    resources: Object.fromEntries(Object.entries(bundled).map(([code, messages]) => [code, { translation: messages }])),
    partialBundledLanguages: true,
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
