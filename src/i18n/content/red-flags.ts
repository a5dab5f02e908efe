import type { TFunction } from 'i18next';
import { redFlagsByUrgency } from '../../clinic/red-flags';
import { URGENCY_WORDS, type Reader, type Urgency } from '../../clinic/words';
import { translator } from './translate';

/*
 * The red flags in the reader's language, apart from the rest of the `safety` namespace
 * (`safety.ts`): the disclaimer lists them on a first visit, so this file comes with the page.
 */

export interface RedFlagGroupText {
  readonly urgency: Urgency;
  readonly heading: string;
  readonly flags: readonly { readonly id: string; readonly text: string }[];
}

/** The red flags in `t`'s language and the reader's words, grouped by urgency, most urgent first. */
export function redFlagText(t: TFunction, reader: Reader): RedFlagGroupText[] {
  const tr = translator(t, 'safety');
  return redFlagsByUrgency().map(({ urgency, flags }) => ({
    urgency,
    heading: tr(`urgency.${urgency}.${reader}`, URGENCY_WORDS[urgency][reader]),
    flags: flags.map((f) => ({ id: f.id, text: tr(`redFlags.${f.id}.${reader}`, f.words[reader]) })),
  }));
}
