import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from './languages';
import { englishResources, isLanguage, laterEnglish, loadCatalogues, namespaces } from './resources';

export { languages } from './languages';
export { isLanguage, namespaces, loadCatalogues } from './resources';
export type { Language } from './languages';
export type { Messages } from './catalogue';

const STORAGE_KEY = 'language';

/** The address parameter of a link's language; src/main.tsx has URL sync keep it in the address. */
export const LANGUAGE_PARAM = 'lang';

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
    const value = new URLSearchParams(search).get(LANGUAGE_PARAM);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * Starts i18next in English (bundled, and the fallback of every language) and resolves once the
 * chosen language's catalogues are in, so the first render already speaks it. Catalogues ship
 * with the app (the service worker keeps them offline); nothing is fetched from elsewhere.
 */
export function initI18n(language?: Language): Promise<void> {
  const fromLink = typeof location === 'undefined' ? null : languageFromLink(location.search);
  const lng = language ?? fromLink ?? detectLanguage(readStored(), browserLanguages());
  void i18next.use(initReactI18next).init({
    resources: { en: englishResources() },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'common',
    // What the panels fetched later say is kept apart from `ui` (catalogue.ts) but read as `ui` keys.
    fallbackNS: 'panels',
    // React escapes text itself; the catalogues never produce HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  syncDocumentLanguage('en');
  return showLanguage(lng);
}

/** Adds a language's catalogues to i18next unless they are there already. */
async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const catalogues = await loadCatalogues(language);
  for (const [ns, messages] of Object.entries(catalogues))
    i18next.addResourceBundle(language, ns, messages, true, true);
}

function apply(language: Language): void {
  void i18next.changeLanguage(language);
  syncDocumentLanguage(language);
}

/**
 * Shows a language: at once when its catalogues are in, else after fetching them. A failed
 * fetch (a stale cache after an update, say) leaves the screen readable in the current language.
 */
function showLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) {
    apply(language);
    return Promise.resolve();
  }
  return ensureLoaded(language).then(
    () => apply(language),
    () => undefined,
  );
}

/**
 * Switches language (at once when its catalogues are in, else as soon as they arrive) and
 * remembers the choice for the next visit.
 */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Full or refused storage only means the choice is not remembered.
  }
  void showLanguage(language);
}

let laterWords: Promise<void> | null = null;

/**
 * The English the first screen does not read (`englishLaterFiles` in catalogue.ts), fetched once,
 * for the first part that reads it (`src/ui/lazy-part.tsx`, with the part's own chunk). Another
 * language brings its own; English is its fallback, so it is wanted either way. A failed fetch is
 * tried again by the next part.
 */
export function loadLaterWords(): Promise<void> {
  laterWords ??= laterEnglish().then(
    (catalogues) => {
      for (const [ns, messages] of Object.entries(catalogues))
        i18next.addResourceBundle('en', ns, messages, true, true);
    },
    (error: unknown) => {
      laterWords = null;
      throw error;
    },
  );
  return laterWords;
}

/** Makes every language available at once (tests, and tools that compare languages). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all([...languages.map(ensureLoaded), loadLaterWords()]);
}

/** <html lang> for screen readers and hyphenation, and the tab's title in the same language. */
function syncDocumentLanguage(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = i18next.t('common:app.title', { lng: language });
}

export { i18next };
