import { LANGUAGES, setLanguage, useTranslation, type Language } from '../lib/i18n';

/** The interface's language, remembered on this computer (French unless she chose otherwise). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.language}
        aria-label={t('language.label')}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          // Each language is named in itself, so that one can find her way back.
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
