import { painRegions } from '../mapping';
import { catalogueFile, englishFiles, englishLaterFiles, laterFiles, type Messages } from './catalogue';
import { muscleNameMessages } from './content/muscle-names';
import { languages, type Language } from './languages';

/**
 * Message catalogues, gathered per language from the files `catalogue.ts` finds. A new feature
 * adds its own namespace file in every language; the catalogue test checks that no language
 * misses a key the others have.
 *
 * The English names of the muscles and of the named pain regions are not copied into JSON: they
 * come from the mapping catalogue, the one sourced place they live, so a renamed muscle or region
 * cannot drift from its label. The same goes for the clinical text of muscles, tours and
 * self-care, built in content/.
 *
 * The app starts with the JSON files (but `englishLaterFiles`, which come with the parts that
 * read them), the region names and the muscle names, which the screen reads by key. The other
 * English namespaces built in content/ are read only through its accessors, whose last resort is
 * the same English of the data, so the app never needs them: they stay out of the first load, and
 * `loadCatalogues('en')` (tests, tools comparing languages) builds them.
 */

/** Whether a value (a stored choice, a link's `?lang=`, a subtag) names a language we have. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * English region names in the shape of a namespace. A paired region also gets one label per
 * side, so a language can make the side agree with the noun ("Sien (izquierda)").
 */
function catalogueRegionNames(): Messages {
  return Object.fromEntries(
    painRegions.map((r): [string, Messages] => [
      r.id,
      r.paired ? { name: r.name, left: `${r.name} (left)`, right: `${r.name} (right)` } : { name: r.name },
    ]),
  );
}

let english: Record<string, Messages> | null = null;

/**
 * The namespaces content/ builds from the sourced data (`englishContent()`, which a test holds to
 * this list): named here so that listing them does not load the data behind them.
 */
export const CONTENT_NAMESPACES = [
  'muscle-names',
  'muscle-details',
  'tours',
  'self-care',
  'safety',
  'examination',
  'headache-types',
] as const;

/** The English catalogues the app starts with: JSON files, region names and muscle names. */
export function englishResources(): Record<string, Messages> {
  if (english) return english;
  const out: Record<string, Messages> = {};
  for (const [path, messages] of Object.entries(englishFiles)) {
    const file = catalogueFile(path);
    if (file) out[file.ns] = messages;
  }
  out['muscle-names'] = muscleNameMessages();
  out.regions = catalogueRegionNames();
  english = out;
  return out;
}

/** The English of the namespaces the first screen does not read (`englishLaterFiles` in catalogue.ts). */
export const laterEnglish = (): Promise<Record<string, Messages>> => loadFiles(Object.entries(englishLaterFiles));

async function loadFiles(entries: [string, () => Promise<Messages>][]): Promise<Record<string, Messages>> {
  const loaded = await Promise.all(
    entries.map(async ([path, load]) => [catalogueFile(path)!.ns, await load()] as const),
  );
  return Object.fromEntries(loaded);
}

/** Every catalogue of one language, fetched on demand for any language but English; every English one. */
export async function loadCatalogues(lng: Language): Promise<Record<string, Messages>> {
  if (lng === 'en')
    return { ...englishResources(), ...(await laterEnglish()), ...(await import('./content')).englishContent() };
  return loadFiles(Object.entries(laterFiles).filter(([path]) => catalogueFile(path)?.lng === lng));
}

/** Every namespace any language defines. */
export const namespaces: readonly string[] = [
  ...new Set(
    [...Object.keys(englishFiles), ...Object.keys(englishLaterFiles), ...Object.keys(laterFiles)]
      .map((p) => catalogueFile(p)?.ns)
      .filter((ns): ns is string => !!ns)
      .concat(Object.keys(englishResources()), CONTENT_NAMESPACES),
  ),
].sort();
