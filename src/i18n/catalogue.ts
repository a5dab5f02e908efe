/**
 * Where the message catalogues are: one JSON file per namespace and language,
 * `locales/<lang>/<namespace>.json`. A language is found by its folder; nothing here names one
 * but English.
 */
export type Messages = { [key: string]: string | Messages };

// English ships with the first load (it is also every other language's fallback); the other
// languages are separate chunks fetched when chosen, so a first visit carries one language.
export const englishFiles = import.meta.glob<Messages>('./locales/en/*.json', { eager: true, import: 'default' });
export const laterFiles = import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/en/*.json'], {
  import: 'default',
});

/** Language and namespace of a catalogue file, from its path `./locales/<lang>/<ns>.json`. */
export function catalogueFile(path: string): { lng: string; ns: string } | null {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { lng: match[1]!, ns: match[2]! } : null;
}
