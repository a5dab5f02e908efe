/**
 * Where the message catalogues are: one JSON file per namespace and language,
 * `locales/<lang>/<namespace>.json`. A language is found by its folder; nothing here names one
 * but English.
 */
export type Messages = { [key: string]: string | Messages };

// English ships with the first load (it is also every other language's fallback); the other
// languages are separate chunks fetched when chosen, so a first visit carries one language.
// English files no part of the first screen reads come later (`englishLaterFiles`).
export const englishFiles = import.meta.glob<Messages>(
  [
    './locales/en/*.json',
    '!./locales/en/panels.json',
    '!./locales/en/handout.json',
    '!./locales/en/quiz.json',
    '!./locales/en/tour.json',
  ],
  { eager: true, import: 'default' },
);

/**
 * What the parts fetched later say, in English: `panels` (a muscle's details, posture and
 * exercises, a stretch, the pain drawing's results, layers, sharing, the headache types; looked up
 * as `ui` keys, it is i18next's `fallbackNS`), `handout`, `quiz` and `tour` (the tour's card).
 * They come with the first such part (`loadLaterWords` in index.ts, called by
 * `src/ui/lazy-part.tsx`); another language brings its own with it.
 */
export const englishLaterFiles = import.meta.glob<Messages>(
  ['./locales/en/panels.json', './locales/en/handout.json', './locales/en/quiz.json', './locales/en/tour.json'],
  { import: 'default' },
);
export const laterFiles = import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/en/*.json'], {
  import: 'default',
});

/** Language and namespace of a catalogue file, from its path `./locales/<lang>/<ns>.json`. */
export function catalogueFile(path: string): { lng: string; ns: string } | null {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { lng: match[1]!, ns: match[2]! } : null;
}
