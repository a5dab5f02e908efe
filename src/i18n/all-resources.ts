import type { Messages } from './catalogue';
import { languages, type Language } from './languages';
import { loadCatalogues } from './resources';

/**
 * Every language's catalogues at once, for tests and Node tools that compare languages: each
 * language of the list, loaded as the app loads it. The app never imports this file: it would
 * put every language into the first load.
 */
export const resources = Object.fromEntries(
  await Promise.all(languages.map(async (lng) => [lng, await loadCatalogues(lng)] as const)),
) as Record<Language, Record<string, Messages>>;
