import { referralWeights, surfaceFramePoint, surfaceSamples, type Vec3 } from '../mapping';
import type { NameTheMuscleQuestion, PaintTheZoneQuestion, WhichMusclesQuestion } from './questions';

/** Every grade is a score in [0, 1] with a short reason a student can learn from. */
export interface Grade {
  readonly score: number;
  readonly detail: string;
}

export function gradeNameTheMuscle(q: NameTheMuscleQuestion, chosenId: string): Grade {
  const right = chosenId === q.muscleId;
  return { score: right ? 1 : 0, detail: right ? 'Correct.' : 'Not this one.' };
}

/** Half-weight border of a zone: a sample counts as inside at weight 0.5 or more. */
const INSIDE = 0.5;

/**
 * Overlap of a painted area with the muscle's essential zone, as a Dice coefficient over an even
 * spread of surface samples. Paint inside the spillover zone is neither credited nor penalised,
 * as the manual draws spillover as "sometimes".
 */
export function gradePaintTheZone(q: PaintTheZoneQuestion, painted: readonly Vec3[], brushRadiusM: number): Grade {
  const samples = surfaceSamples();
  const weights = referralWeights(q.muscleId, q.side, samples.flat());
  const brush = painted.map(surfaceFramePoint);
  const r2 = brushRadiusM * brushRadiusM;
  let zone = 0;
  let paintedOutsideSpillover = 0;
  let hit = 0;
  samples.forEach((s, i) => {
    const essential = weights[i * 2]! >= INSIDE;
    const spillover = weights[i * 2 + 1]! >= INSIDE;
    const isPainted = brush.some((b) => (b[0] - s[0]) ** 2 + (b[1] - s[1]) ** 2 + (b[2] - s[2]) ** 2 <= r2);
    if (essential) zone++;
    if (isPainted && !(spillover && !essential)) paintedOutsideSpillover++;
    if (essential && isPainted) hit++;
  });
  const denominator = zone + paintedOutsideSpillover;
  const score = denominator === 0 ? 0 : (2 * hit) / denominator;
  return { score, detail: `Your drawing overlaps ${Math.round(score * 100)} % with the essential zone.` };
}

/** F1 of the chosen muscles against the reverse lookup's answer. */
export function gradeWhichMuscles(q: WhichMusclesQuestion, chosenIds: readonly string[]): Grade {
  const chosen = new Set(chosenIds);
  const answer = new Set(q.answer);
  const right = [...chosen].filter((id) => answer.has(id)).length;
  const precision = chosen.size ? right / chosen.size : 0;
  const recall = answer.size ? right / answer.size : 0;
  const score = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { score, detail: `${right} of ${answer.size} expected muscles, ${chosen.size - right} extra.` };
}

export function summarise(grades: readonly Grade[]): { total: number; outOf: number; percent: number } {
  const total = grades.reduce((sum, g) => sum + g.score, 0);
  return { total, outOf: grades.length, percent: grades.length ? Math.round((total / grades.length) * 100) : 0 };
}
