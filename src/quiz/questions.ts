import {
  acceptableMuscles,
  examinedGroupOf,
  guideForPainRegion,
  guideMuscles,
  muscles,
  musclesForPainArea,
  musclesForRegion,
  painRegions,
  pick,
  regionSamplePoints,
  seededRandom,
  shuffled,
  sides,
  type MuscleId,
  type PainRegion,
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
  /** Muscle ids, or the id of a group examined as one (the suboccipitals), to tick. */
  readonly options: readonly string[];
  /** The options that refer pain here: the pain guide's muscles for the place that the zones answer too. */
  readonly answer: readonly string[];
}

export type Question = NameTheMuscleQuestion | PaintTheZoneQuestion | WhichMusclesQuestion;

const OPTIONS = 4;
const headMuscles = () => muscles.filter((m) => m.refersToHead).map((m) => m.id);

/** Options for naming a muscle: the answer and other head muscles. */
function options(random: () => number, answers: readonly string[], size: number): string[] {
  const distractors = shuffled(
    random,
    headMuscles().filter((id) => !answers.includes(id)),
  );
  return shuffled(random, [...answers, ...distractors.slice(0, Math.max(0, size - answers.length))]);
}

/** A muscle as a quiz offers it: a member of a group examined as one is offered as the group. */
const asOption = (id: string): string => examinedGroupOf(id)?.id ?? id;

/** At most this many expected muscles, the guide's first ones, so a question stays answerable. */
const MAX_ANSWER = 4;
const DISTRACTORS = 3;
/** A distractor has no zone, on either side, within this margin of the place. */
const NEAR_MM = 20;

const near = new Map<string, ReadonlySet<string>>();

/** Every muscle with a zone near the place, on either side: none of them may be a distractor. */
function referringNear(region: PainRegion): ReadonlySet<string> {
  let found = near.get(region.id);
  if (!found) {
    const wide = { ...region, radiusMm: region.radiusMm + NEAR_MM };
    const points = sides.flatMap((s) => regionSamplePoints(wide, s));
    found = new Set(musclesForPainArea(points).map((c) => c.muscleId));
    near.set(region.id, found);
  }
  return found;
}

/**
 * The answer key joins the pain guide and the zones: the expected muscles are those the guide
 * lists for the place (in the book's order) that the zones answer for it too, so the quiz agrees
 * with the book and with what the viewer shows. Any muscle the guide or its figures give for the
 * place, or whose zones come near it, is never offered as a distractor, so a student who ticks a
 * muscle the book lists is never marked wrong.
 */
function whichMuscles(random: () => number): WhichMusclesQuestion {
  const asked = painRegions.filter((r) => guideForPainRegion(r.id));
  for (let tries = 0; tries < 50; tries++) {
    const region = pick(random, asked);
    const side = region.paired ? pick(random, sides) : 'left';
    const guide = guideForPainRegion(region.id)!;
    const zones = new Set(musclesForRegion(region.id, side).map((c) => c.muscleId as string));
    const answer = [
      ...new Set(
        guideMuscles(guide, { certainOnly: true })
          .filter((id) => zones.has(id))
          .map(asOption),
      ),
    ].slice(0, MAX_ANSWER);
    if (answer.length === 0) continue;
    const nearby = referringNear(region);
    const acceptable: ReadonlySet<string> = acceptableMuscles(guide);
    const farAway = headMuscles().filter((id) => !nearby.has(id) && !acceptable.has(id));
    const distractors = shuffled(random, [...new Set(farAway.map(asOption))]).filter(
      (option) => !answer.includes(option) && !membersOf(option).some((id) => nearby.has(id) || acceptable.has(id)),
    );
    return {
      kind: 'which-muscles',
      regionId: region.id,
      side,
      answer,
      options: shuffled(random, [...answer, ...distractors.slice(0, DISTRACTORS)]),
    };
  }
  throw new Error('No pain region has guide muscles that the zones answer');
}

/** The muscles an option stands for. */
function membersOf(option: string): readonly string[] {
  return muscles.filter((m) => asOption(m.id) === option).map((m) => m.id);
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
