import type { TFunction } from 'i18next';
import type { Muscle } from '../mapping';
import { groupName } from './labels';

/** Lower case without accents, so "cigomatico" finds "Cigomático" and "ESPLENIO" finds "Esplenio". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a muscle answers a search: its clinical and plain names in the current language, the
 * English clinical and plain names (therapists use them in any language), its id, and its region,
 * so a patient's "jaw" or "mandíbula" finds the chewing muscles.
 */
export function matchesSearch(t: TFunction, m: Muscle, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const texts = [
    t(`muscle-names:${m.id}.name`, { defaultValue: m.name }),
    t(`muscle-names:${m.id}.plain`, { defaultValue: m.plainName }),
    m.name,
    m.plainName,
    m.id,
    groupName(t, m.group),
  ];
  return texts.some((text) => fold(text).includes(q));
}
