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

// English ships with the first load (it is also every other language's fallback); the other
// languages are separate chunks fetched when chosen, so a first visit carries one language.
const englishFiles = import.meta.glob<Messages>('./locales/en/*.json', { eager: true, import: 'default' });
const laterFiles = import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/en/*.json'], { import: 'default' });

/** Language and namespace of a catalogue file, from its path `./locales/<lang>/<ns>.json`. */
export function catalogueFile(path: string): { lng: string; ns: string } | null {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { lng: match[1]!, ns: match[2]! } : null;
}

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

let english: Record<string, Messages> | null = null;

/** The English catalogues: JSON files plus the names and texts built from the sourced data. */
export function englishResources(): Record<string, Messages> {
  if (english) return english;
  const out: Record<string, Messages> = {};
  for (const [path, messages] of Object.entries(englishFiles)) {
    const file = catalogueFile(path);
    if (file) out[file.ns] = messages;
  }
  Object.assign(out, englishContent());
  out.regions = catalogueRegionNames();
  english = out;
  return out;
}

/** Every catalogue of one language, fetched on demand for any language but English. */
export async function loadCatalogues(lng: Language): Promise<Record<string, Messages>> {
  if (lng === 'en') return englishResources();
  const entries = Object.entries(laterFiles).filter(([path]) => catalogueFile(path)?.lng === lng);
  const loaded = await Promise.all(entries.map(async ([path, load]) => [catalogueFile(path)!.ns, await load()] as const));
  return Object.fromEntries(loaded);
}

/** Every namespace any language defines. */
export const namespaces: readonly string[] = [
  ...new Set([...Object.keys(englishFiles), ...Object.keys(laterFiles)].map((p) => catalogueFile(p)?.ns).filter((ns): ns is string => !!ns).concat(Object.keys(englishResources()))),
].sort();

export type { Messages };
