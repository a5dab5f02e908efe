import type { TFunction } from 'i18next';
import { getMuscle, type Side } from '../../mapping';
import { muscleText } from '../../i18n/content/muscle-details';
import { selfCareNotice, selfCareText } from '../../i18n/content/self-care';

/** Everything a printed handout says about one muscle, already in the reader's language. */
export interface HandoutContent {
  /** The plain name, for the patient. */
  readonly title: string;
  /** Clinical name and side, for the next clinician who reads it. */
  readonly subtitle: string;
  readonly date: string;
  readonly referral: string;
  readonly perpetuatingFactors: readonly string[];
  readonly selfCare: {
    readonly notice: string;
    readonly movements: readonly string[];
    readonly habits: readonly string[];
  } | null;
  readonly redFlagsIntro: string;
  readonly redFlags: readonly string[];
  readonly disclaimer: string;
  readonly note: string;
}

/**
 * The red flags as the disclaimer lists them: the `common:redFlags` messages in catalogue
 * order, which is the reading order (most urgent first), without their heading.
 */
function redFlags(t: TFunction): string[] {
  const all = t('common:redFlags', { returnObjects: true }) as unknown;
  if (typeof all !== 'object' || all === null) return [];
  return Object.entries(all as Record<string, unknown>)
    .filter(([key, text]) => key !== 'title' && typeof text === 'string')
    .map(([, text]) => text as string);
}

export interface HandoutRequest {
  readonly muscleId: string;
  readonly side: Side;
  readonly note: string;
  readonly date: Date;
  /** BCP 47 tag the date is written in, normally the language `t` speaks. */
  readonly language: string;
}

/** Gathers a handout's sections for a muscle; undefined for a muscle the catalogue lacks. */
export function handoutContent(
  t: TFunction,
  { muscleId, side, note, date, language }: HandoutRequest,
): HandoutContent | undefined {
  const data = getMuscle(muscleId);
  if (!data) return undefined;
  const muscle = muscleText(t, data);
  const advice = selfCareText(t, muscle.id, muscle.group);
  return {
    title: muscle.plainName,
    subtitle: t('handout:subtitle', { name: muscle.name, side: t(`common:side.${side}`) }),
    date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date),
    referral: muscle.referralSummary,
    perpetuatingFactors: muscle.perpetuatingFactors,
    selfCare: advice ? { notice: selfCareNotice(t), movements: advice.movements, habits: advice.habits } : null,
    redFlagsIntro: t('common:redFlags.title'),
    redFlags: redFlags(t),
    disclaimer: t('common:disclaimer.body'),
    note: note.trim(),
  };
}
