import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, languages, namespaces, resources, type Language } from './resources';

export { languages, isLanguage, resources, namespaces } from './resources';
export type { Language, Messages } from './resources';

const STORAGE_KEY = 'language';

/**
 * The language to start in: the user's earlier choice, else the first of the browser's
 * preferred languages we have (by primary subtag, so es-MX gets Spanish), else English.
 */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage switched off: the browser's preference decides every time
  }
}

/**
 * `?lang=es` in the address: a page embedded or linked for one audience opens in its language
 * for this visit without overriding what the reader chose before. Unknown values are ignored.
 */
export function languageFromLink(search: string): Language | null {
  try {
    const value = new URLSearchParams(search).get('lang');
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** Starts i18next with every catalogue bundled (no fetch: the app must work offline). */
export function initI18n(language?: Language): i18n {
  const fromLink = typeof location === 'undefined' ? null : languageFromLink(location.search);
  const lng = language ?? fromLink ?? detectLanguage(readStored(), browserLanguages());
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'common',
    // React escapes text itself; the catalogues never produce HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  syncDocumentLanguage(lng);
  return i18next;
}

/** Switches language now and remembers the choice for the next visit. */
export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  syncDocumentLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Full or refused storage only means the choice is not remembered.
  }
}

/** <html lang> for screen readers and hyphenation, and the tab's title in the same language. */
function syncDocumentLanguage(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = i18next.t('common:app.title', { lng: language });
}

export { i18next };
