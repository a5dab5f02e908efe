import {
  muscles,
  musclesForRegion,
  painRegions,
  pick,
  seededRandom,
  shuffled,
  sides,
  type MuscleId,
  type Side,
} from '../mapping';

export interface NameTheMuscleQuestion {
  readonly kind: 'name-the-muscle';
  readonly muscleId: MuscleId;
  readonly side: Side;
  /** Muscle ids to choose from, the answer among them. */
  readonly options: readonly string[];
}

export interface PaintTheZoneQuestion {
  readonly kind: 'paint-the-zone';
  readonly muscleId: MuscleId;
  readonly side: Side;
}

export interface WhichMusclesQuestion {
  readonly kind: 'which-muscles';
  readonly regionId: string;
  readonly side: Side;
  readonly options: readonly string[];
  /** The muscles the reverse lookup puts in the region's essential zone (or any zone if none). */
  readonly answer: readonly string[];
}

export type Question = NameTheMuscleQuestion | PaintTheZoneQuestion | WhichMusclesQuestion;

const OPTIONS = 4;
const headMuscles = () => muscles.filter((m) => m.refersToHead).map((m) => m.id);

function options(random: () => number, answers: readonly string[], size: number): string[] {
  const distractors = shuffled(
    random,
    headMuscles().filter((id) => !answers.includes(id)),
  );
  return shuffled(random, [...answers, ...distractors.slice(0, Math.max(0, size - answers.length))]);
}

function whichMuscles(random: () => number): WhichMusclesQuestion {
  // Regions where the lookup finds nothing would make an unanswerable question; skip them.
  for (let tries = 0; tries < 50; tries++) {
    const region = pick(random, painRegions);
    const side = region.paired ? pick(random, sides) : 'left';
    const found = musclesForRegion(region.id, side).filter((c) => c.share >= 0.25);
    const essential = found.filter((c) => c.level === 'essential');
    const answer = [...new Set((essential.length ? essential : found).map((c) => c.muscleId))].slice(0, 4);
    if (answer.length === 0) continue;
    return {
      kind: 'which-muscles',
      regionId: region.id,
      side,
      answer,
      options: options(random, answer, answer.length + 3),
    };
  }
  throw new Error('No pain region has candidate muscles');
}

/**
 * A quiz of `count` questions drawn from the catalogue. The same seed gives the same quiz, so
 * a teacher can hand a class one seed.
 */
export function createQuiz(seed: number, count = 8): Question[] {
  const random = seededRandom(seed);
  const out: Question[] = [];
  for (let i = 0; i < count; i++) {
    const kind = (['name-the-muscle', 'paint-the-zone', 'which-muscles'] as const)[i % 3]!;
    if (kind === 'which-muscles') {
      out.push(whichMuscles(random));
      continue;
    }
    const muscleId = pick(random, headMuscles());
    const side = pick(random, sides);
    out.push(
      kind === 'name-the-muscle'
        ? { kind, muscleId, side, options: options(random, [muscleId], OPTIONS) }
        : { kind, muscleId, side },
    );
  }
  return out;
}
