import type { TFunction } from 'i18next';
import { STRETCHING_SOURCES } from '../../clinic/stretching';
import { describeMuscle, getMuscle, sources, type MuscleId, type Side } from '../../mapping';
import { stretchesNotShown, stretchFor } from '../../movement';
import { examinationText, stretchingText } from '../../i18n/content/clinic-pages';
import { muscleText } from '../../i18n/content/muscle-details';
import { redFlagText, type RedFlagGroupText } from '../../i18n/content/red-flags';
import { checkFirstText } from '../../i18n/content/safety';
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
  /** The symptoms that need a "have it checked first" note, each with its notes. */
  readonly checkFirst: readonly { readonly symptom: string; readonly notes: readonly string[] }[];
  readonly selfCare: {
    readonly notice: string;
    readonly movements: readonly string[];
    readonly habits: readonly string[];
    readonly cautions: readonly string[];
  } | null;
  readonly redFlagsIntro: string;
  /** The red flags as the disclaimer shows them to a patient: by urgency, the most urgent first. */
  readonly redFlags: readonly RedFlagGroupText[];
  readonly disclaimer: string;
  readonly note: string;
  /** The muscle's stretch, on a page of its own; null for a muscle without one. */
  readonly stretch: HandoutStretch | null;
}

/** The stretch page's words, for the patient. */
export interface HandoutStretch {
  /** How: the position (the examination entry's, `src/clinic/examination.ts`). */
  readonly how: string;
  /** How long and how often (`src/clinic/stretching.ts`). */
  readonly hold: string;
  /** When to stop. */
  readonly stop: string;
  /** Why the model shows no pictures of this stretch; null when it can show them. */
  readonly notShown: string | null;
  /** The position is recalled rather than checked against a cited page. */
  readonly uncertain: boolean;
  readonly sources: readonly { readonly id: string; readonly citation: string }[];
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
  const muscle = muscleText(t, describeMuscle(data));
  const advice = selfCareText(t, muscle.id, muscle.group);
  // A handout is for the patient: plain words, whatever voice the clinician printed it in.
  const notes = checkFirstText(t, 'patient', muscle.symptoms);
  return {
    title: muscle.plainName,
    subtitle: t('handout:subtitle', { name: muscle.name, side: t(`common:side.${side}`) }),
    date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date),
    referral: muscle.referralSummary,
    perpetuatingFactors: muscle.perpetuatingFactors,
    checkFirst: muscle.symptoms
      .map((s, i) => ({ symptom: s.text, notes: notes[i]!.map((n) => n.text) }))
      .filter((s) => s.notes.length > 0),
    selfCare: advice
      ? { notice: selfCareNotice(t), movements: advice.movements, habits: advice.habits, cautions: advice.cautions }
      : null,
    redFlagsIntro: t('common:redFlags.title'),
    redFlags: redFlagText(t, 'patient'),
    disclaimer: t('common:disclaimer.body'),
    note: note.trim(),
    stretch: stretchSection(t, muscle.id),
  };
}

const citations = new Map(sources.map((s) => [s.id as string, s.citation]));

/**
 * The stretch of a muscle in the patient's words: the examination entry's position, the clinic's
 * hold and stop, the sources of both; for a stretch the model cannot show (`stretches-not-shown.ts`),
 * why there are no pictures. Null for a muscle without an examination entry.
 */
export function stretchSection(t: TFunction, muscleId: string): HandoutStretch | null {
  const exam = examinationText(t, muscleId, 'patient');
  if (!exam) return null;
  const shown = stretchFor(muscleId as MuscleId);
  const notShown = stretchesNotShown.find((s) => s.muscles.includes(muscleId as MuscleId));
  const words = stretchingText(t, 'patient');
  const ids = [...new Set<string>([...(shown?.sources ?? exam.sources), ...STRETCHING_SOURCES])];
  return {
    how: exam.stretch,
    hold: words.hold,
    stop: words.stop,
    notShown: shown ? null : t(`handout:stretch.notShown.${notShown?.reason ?? 'none'}`),
    uncertain: !!(shown?.uncertain ?? exam.uncertain),
    sources: ids.map((id) => ({ id, citation: citations.get(id) ?? t('ui:info.citationMissing') })),
  };
}
