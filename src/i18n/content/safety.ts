import type { TFunction } from 'i18next';
import {
  CHECK_FIRST_LABEL,
  CHECK_FIRST_NOTES,
  checkFirstForList,
  checkFirstForTags,
  type CheckFirstNote,
} from '../../clinic/check-first';
import { RED_FLAGS } from '../../clinic/red-flags';
import { URGENCY_WORDS, type Reader, type Urgency, type Words } from '../../clinic/words';
import type { Symptom, SymptomTag } from '../../mapping';
import type { Messages } from '../catalogue';
import { translator } from './translate';

/**
 * The English `safety` namespace: urgency headings, red flags and check-first notes by id, each in
 * both readers' words (`<id>.patient`, `<id>.clinician`). The red flags' accessor is in
 * `red-flags.ts`: the disclaimer shows them on a first visit, so they come with the page, and the
 * check-first notes (shown with a muscle's story) need not come with them.
 */
export function safetyMessages(): Messages {
  const words = <T extends { readonly words: Words }>(items: Record<string, T>) =>
    Object.fromEntries(Object.entries(items).map(([id, item]) => [id, { ...item.words }]));
  return {
    urgency: Object.fromEntries(Object.entries(URGENCY_WORDS).map(([u, w]) => [u, { ...w }])),
    redFlags: words(Object.fromEntries(RED_FLAGS.map((f) => [f.id, f]))),
    checkFirstLabel: { ...CHECK_FIRST_LABEL },
    checkFirst: words(CHECK_FIRST_NOTES),
  };
}

export interface CheckFirstText {
  readonly id: string;
  readonly urgency: Urgency;
  readonly text: string;
}

/** "Have it checked first" (or, for clinicians, "Rule out first") in `t`'s language. */
export function checkFirstLabel(t: TFunction, reader: Reader): string {
  return translator(t, 'safety')(`checkFirstLabel.${reader}`, CHECK_FIRST_LABEL[reader]);
}

/**
 * The check-first notes for a muscle's symptoms, one list per symptom, in `t`'s language: each note
 * beside the first symptom that needs it (see `checkFirstForList`).
 */
export function checkFirstText(t: TFunction, reader: Reader, symptoms: readonly Symptom[]): CheckFirstText[][] {
  return checkFirstForList(symptoms).map((notes) => notes.map((n) => noteText(t, reader, n)));
}

/** The check-first notes for the kinds of symptom a text names (a tour step's `mentions`). */
export function checkFirstTextForTags(t: TFunction, reader: Reader, tags: readonly SymptomTag[]): CheckFirstText[] {
  return checkFirstForTags(tags).map((n) => noteText(t, reader, n));
}

function noteText(t: TFunction, reader: Reader, n: CheckFirstNote): CheckFirstText {
  return {
    id: n.id,
    urgency: n.urgency,
    text: translator(t, 'safety')(`checkFirst.${n.id}.${reader}`, n.words[reader]),
  };
}
