// Importing from here initialises the catalogue before any component renders.
export { i18n, LANGUAGES, locale, setLanguage, t, type Language } from './i18n';
export { Trans, useTranslation } from 'react-i18next';
