import type { TFunction } from 'i18next';

/**
 * A lookup in one namespace whose last resort is the English text of the data: the generated
 * English catalogue normally answers first, but a key missing everywhere must still show words.
 */
export function translator(t: TFunction, ns: string): (key: string, english: string) => string {
  return (key, english) => t(key, { ns, defaultValue: english });
}

/** Items of a list keyed by their index, the catalogue shape of a string array. */
export function byIndex(items: readonly string[]): Record<string, string> {
  return Object.fromEntries(items.map((text, i) => [String(i), text]));
}
