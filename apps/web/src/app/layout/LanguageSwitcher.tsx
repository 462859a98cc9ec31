import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, languages } from '../../i18n/languages';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      label={t('language.label')}
      name="language"
      size="xs"
      value={i18n.resolvedLanguage ?? defaultLanguage}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
    >
      {languages.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </NativeSelect>
  );
}
