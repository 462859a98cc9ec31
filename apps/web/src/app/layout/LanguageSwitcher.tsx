import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, languages } from '../../i18n/languages';

/**
 * The header's language picker: the browser's own select in Mantine's look (global.css), so no page's
 * first visit downloads Mantine's input code for it; the list opens as any select does, by keyboard too.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label className="plain-label" htmlFor={id}>
        {t('language.label')}
      </label>
      <select
        id={id}
        name="language"
        className="plain-field"
        data-size="xs"
        value={i18n.resolvedLanguage ?? defaultLanguage}
        onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
