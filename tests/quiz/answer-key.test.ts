import { describe, expect, it } from 'vitest';
import {
  acceptableMuscles,
  getExaminedGroup,
  getPainRegion,
  guideForPainRegion,
  guideMuscles,
  regionSamplePoints,
  musclesForPainArea,
  musclesForRegion,
} from '../../src/mapping';
import { createQuiz, type WhichMusclesQuestion } from '../../src/quiz';

/**
 * The "which muscles" answer key against the pain guide, the yardstick: across 2,000 quizzes no
 * muscle the guide (or the figures it cites) gives for a place is offered and then marked wrong,
 * and every distractor refers nowhere near the place.
 */
const SEEDS = 2_000;

/** An option stands for one muscle or, for a group examined as one, for its members. */
const musclesOf = (option: string): string[] => [...(getExaminedGroup(option)?.members ?? [option])];

/** Muscles with any zone within this margin of the place's patch, on either side. */
const NEAR_MM = 20;
const nearCache = new Map<string, Set<string>>();
function referringNear(regionId: string): Set<string> {
  if (!nearCache.has(regionId)) {
    const region = getPainRegion(regionId)!;
    const wide = { ...region, radiusMm: region.radiusMm + NEAR_MM };
    const points = [...regionSamplePoints(wide, 'left'), ...regionSamplePoints(wide, 'right')];
    nearCache.set(regionId, new Set(musclesForPainArea(points).map((c) => c.muscleId)));
  }
  return nearCache.get(regionId)!;
}

const questions: WhichMusclesQuestion[] = [];
for (let seed = 1; seed <= SEEDS; seed++)
  for (const q of createQuiz(seed)) if (q.kind === 'which-muscles') questions.push(q);

describe(`"which muscles" over ${SEEDS} seeds`, () => {
  it('asks only about places the guide has a row for, with an answer', () => {
    expect(questions.length).toBeGreaterThanOrEqual(SEEDS);
    for (const q of questions) {
      expect(guideForPainRegion(q.regionId), q.regionId).toBeDefined();
      expect(q.answer.length).toBeGreaterThan(0);
    }
  });

  it('never marks a muscle the guide lists for the place as wrong', () => {
    const wrong: string[] = [];
    for (const q of questions) {
      const guide = guideForPainRegion(q.regionId);
      const listed = guide ? acceptableMuscles(guide) : new Set<string>();
      for (const option of q.options) {
        if (q.answer.includes(option)) continue;
        for (const id of musclesOf(option)) if (listed.has(id as never)) wrong.push(`${q.regionId}: ${id}`);
      }
    }
    const share = wrong.length / questions.length;
    expect([...new Set(wrong)], `${(share * 100).toFixed(1)} % of questions`).toEqual([]);
  });

  it('expects the muscle the guide lists first wherever the zones answer it for the place', () => {
    for (const q of questions) {
      const first = guideMuscles(guideForPainRegion(q.regionId)!, { certainOnly: true })[0];
      const zones = musclesForRegion(q.regionId, q.side).map((c) => c.muscleId as string);
      if (first && zones.includes(first)) expect(q.answer.flatMap(musclesOf), q.regionId).toContain(first);
    }
  });

  it('draws distractors only from muscles that refer nowhere near the place', () => {
    for (const q of questions) {
      const near = referringNear(q.regionId);
      for (const option of q.options.filter((o) => !q.answer.includes(o)))
        for (const id of musclesOf(option)) expect(near.has(id), `${q.regionId}: ${id}`).toBe(false);
    }
  });
});
