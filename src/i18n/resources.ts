import { painRegions } from '../mapping';
import { englishContent } from './content';

/**
 * Message catalogues: one JSON file per namespace and language under locales/<lang>/. A new
 * feature adds its own namespace file in every language; the catalogue test checks that no
 * language misses a key the others have.
 *
 * The English names of the muscles and of the named pain regions are not copied into JSON: they
 * come from the mapping catalogue, the one sourced place they live, so a renamed muscle or region
 * cannot drift from its label. The same goes for the clinical text of muscles, tours and
 * self-care, built in content/.
 */
type Messages = { [key: string]: string | Messages };

const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * English region names in the shape of a namespace. A paired region also gets one label per
 * side, so a language can make the side agree with the noun ("Sien (izquierda)").
 */
function catalogueRegionNames(): Messages {
  return Object.fromEntries(
    painRegions.map((r): [string, Messages] => [r.id, r.paired ? { name: r.name, left: `${r.name} (left)`, right: `${r.name} (right)` } : { name: r.name }]),
  );
}

function buildResources(): Record<Language, Record<string, Messages>> {
  const out = { en: {}, es: {} } as Record<Language, Record<string, Messages>>;
  for (const [path, messages] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match || !isLanguage(match[1])) continue;
    out[match[1]][match[2]!] = messages;
  }
  Object.assign(out.en, englishContent());
  out.en.regions = catalogueRegionNames();
  return out;
}

export const resources = buildResources();

/** Every namespace any language defines. */
export const namespaces: readonly string[] = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))].sort();

export type { Messages };
