import i18next, { type i18n as I18n, type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages } from './languages';

const resources: Resource = Object.fromEntries(languages.map((language) => [language.code, { translation: language.messages }]));

function syncDocumentLanguage(code: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
  }
}

interface CreateI18nOptions {
  /** Fixed language (tests); otherwise detected from storage and the browser. */
  lng?: string;
}

export function createI18n({ lng }: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  if (!lng) instance.use(LanguageDetector);
  instance.use(initReactI18next);
  void instance.init({
    resources,
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
