import { catalogueFile, type Messages } from './catalogue';
import type { Language } from './languages';
import { englishResources, isLanguage } from './resources';

/**
 * Every language's catalogues at once, for tests and Node tools that compare languages. The app
 * never imports this file: it would put every language into the first load.
 */
const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

function build(): Record<Language, Record<string, Messages>> {
  const out = { en: englishResources(), es: {} } as Record<Language, Record<string, Messages>>;
  for (const [path, messages] of Object.entries(files)) {
    const file = catalogueFile(path);
    if (file && file.lng !== 'en' && isLanguage(file.lng)) out[file.lng][file.ns] = messages;
  }
  return out;
}

export const resources = build();
