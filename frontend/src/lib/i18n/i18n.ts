import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered on this computer. */
const STORAGE_KEY = 'vigie.language';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
  } catch {
    return 'fr';
  }
}

/**
 * The one message catalogue of the interface. French is the language of the workbench and the
 * fallback of any key another language lacks; the catalogues are bundled (no loading, no flash
 * of keys), and initialised synchronously so that the first render already has its text.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // React escapes what it renders: escaping here would show « &#39; » for an apostrophe in a name.
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Switches the interface's language and remembers it on this computer. */
export function setLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts until the page is reloaded.
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

/**
 * A text of the catalogue, outside React (labels, error messages). Keys are plain strings here:
 * many are built from a server's code (« labels.status.NEW »), and the catalogue test checks them.
 */
export function t(key: string, values?: Record<string, unknown>): string {
  return i18n.t(key, values ?? {}) as string;
}

/** The locale dates and numbers are written in, for Intl: the chosen language as spoken in France or Britain. */
export function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'fr-FR';
}
