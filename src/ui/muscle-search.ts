import Fuse from 'fuse.js';
import type { TFunction } from 'i18next';
import { searchWords } from '../clinic/search-words';
import {
  describedMuscles,
  muscles,
  musclesForRegion,
  painRegions,
  type Muscle,
  type MuscleId,
  type SymptomTag,
} from '../mapping';
import { groupName, regionLabel } from './labels';

/** Lower case without accents, so "cigomatico" finds "Cigomático" and "ESPLENIO" finds "Esplenio". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Folded, with anything but letters and digits as single spaces: "S.C.M." and "scm " alike. */
const words = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a muscle answers a search by its own names: its clinical and plain names in the current
 * language, the English clinical and plain names (therapists use them in any language), its id,
 * and its region, so a patient's "jaw" or "mandíbula" finds the chewing muscles.
 */
export function matchesSearch(t: TFunction, m: Muscle, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return namesOf(t, m).some((text) => fold(text).includes(q));
}

const namesOf = (t: TFunction, m: Muscle): string[] => [
  t(`muscle-names:${m.id}.name`, { defaultValue: m.name }),
  t(`muscle-names:${m.id}.plain`, { defaultValue: m.plainName }),
  m.name,
  m.plainName,
  m.id,
  groupName(t, m.group),
];

/** One thing a search can find: a name, a nickname or a complaint, and what it stands for. */
interface Entry {
  readonly text: string;
  readonly muscles: readonly MuscleId[];
  readonly places: readonly string[];
  readonly tags: readonly SymptomTag[];
}

/** Everything one language searches, built once per language (the fuzzy index included). */
export interface SearchIndex {
  readonly names: ReadonlyMap<MuscleId, readonly string[]>;
  readonly words: readonly Entry[];
  readonly fuzzy: Fuse<Entry>;
}

/** A named place a search found, with the muscles that can send pain there. */
export interface PlaceHit {
  readonly regionId: string;
  readonly muscles: readonly MuscleId[];
}

export interface SearchAnswer {
  /** Muscles to list; null when there is no search, so all are listed. */
  readonly muscles: ReadonlySet<MuscleId> | null;
  readonly places: readonly PlaceHit[];
}

/** Close enough for a slip of the finger ("masetter", "temporalsi"), too far for another word. */
const FUZZY_THRESHOLD = 0.34;

export function buildSearchIndex(t: TFunction, language: string): SearchIndex {
  const own = searchWords[language] ?? { muscles: [], complaints: [] };
  const entry = (text: string, e: Partial<Omit<Entry, 'text'>>): Entry => ({
    text: words(text),
    muscles: e.muscles ?? [],
    places: e.places ?? [],
    tags: e.tags ?? [],
  });
  const named = muscles.flatMap((m) => namesOf(t, m).map((n) => entry(n, { muscles: [m.id] })));
  const entries = [
    ...own.muscles.flatMap((w) => w.words.map((text) => entry(text, w))),
    ...own.complaints.flatMap((w) => w.words.map((text) => entry(text, w))),
    // A place by its own name, in the language shown and in English.
    ...painRegions.flatMap((r) => [r.name, regionLabel(t, r.id)].map((text) => entry(text, { places: [r.id] }))),
  ];
  return {
    names: new Map(muscles.map((m) => [m.id, namesOf(t, m).map(fold)])),
    words: entries,
    fuzzy: new Fuse([...named, ...entries], {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      threshold: FUZZY_THRESHOLD,
      minMatchCharLength: 3,
    }),
  };
}

/** The phrase appears in the query as whole words, or the query is the start of the phrase being typed. */
const says = (query: string, phrase: string): boolean =>
  ` ${query} `.includes(` ${phrase} `) || (query.length >= 3 && phrase.startsWith(query));

const placeMuscles = new Map<string, readonly MuscleId[]>();
/** Muscles whose essential zone covers part of the place, best first (one side: both mirror it). */
function musclesOfPlace(regionId: string): readonly MuscleId[] {
  let list = placeMuscles.get(regionId);
  if (!list) {
    list = musclesForRegion(regionId)
      .filter((c) => c.level === 'essential')
      .map((c) => c.muscleId);
    placeMuscles.set(regionId, list);
  }
  return list;
}

const withTag = (tag: SymptomTag): MuscleId[] =>
  describedMuscles.filter((m) => m.symptoms.some((s) => s.tags.includes(tag))).map((m) => m.id);

/**
 * What a search finds: muscles by name (a part of any of their names), by nickname ("SCM",
 * "upper trap"), and through complaints ("headache behind the eye" offers the place behind the
 * eye and the muscles that send pain there). Only when none of that finds anything does a
 * fuzzy match stand in, so a misspelt name still finds its muscle without a typed word
 * dragging in look-alikes.
 */
export function searchMuscles(index: SearchIndex, query: string): SearchAnswer {
  const q = words(query);
  if (!q) return { muscles: null, places: [] };
  const raw = fold(query.trim());
  const found = new Set<MuscleId>();
  for (const [id, names] of index.names) if (names.some((n) => n.includes(raw))) found.add(id);
  let hits = index.words.filter((e) => says(q, e.text));
  if (found.size === 0 && hits.length === 0) {
    const fuzzy = index.fuzzy.search(q);
    const best = fuzzy[0]?.score ?? 1;
    // The nearest words only: the runners-up of a misspelling are usually other words.
    hits = fuzzy.filter((r) => (r.score ?? 1) <= best + 0.05).map((r) => r.item);
  }
  const places = [...new Set(hits.flatMap((e) => e.places))];
  for (const e of hits) {
    for (const id of e.muscles) found.add(id);
    for (const tag of e.tags) for (const id of withTag(tag)) found.add(id);
  }
  const placeHits = places.map((regionId) => ({ regionId, muscles: musclesOfPlace(regionId) }));
  for (const p of placeHits) for (const id of p.muscles) found.add(id);
  return { muscles: found, places: placeHits };
}
