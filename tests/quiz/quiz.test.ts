import { describe, expect, it } from 'vitest';
import { getMuscle, getPainRegion, referralWeights, surfaceSamples, type Vec3 } from '../../src/mapping';
import {
  createQuiz,
  gradeNameTheMuscle,
  gradePaintTheZone,
  gradeWhichMuscles,
  summarise,
  type PaintTheZoneQuestion,
} from '../../src/quiz';

const trapezius: PaintTheZoneQuestion = { kind: 'paint-the-zone', muscleId: 'upper-trapezius', side: 'left' };

function essentialSamples(q: PaintTheZoneQuestion): Vec3[] {
  const samples = surfaceSamples();
  const w = referralWeights(q.muscleId, q.side, samples.flat());
  return samples.filter((_, i) => w[i * 2]! >= 0.5);
}

describe('quiz', () => {
  it('draws the same questions from the same seed, and others from another seed', () => {
    expect(createQuiz(42)).toEqual(createQuiz(42));
    expect(JSON.stringify(createQuiz(42))).not.toEqual(JSON.stringify(createQuiz(43)));
  });

  it('asks about real muscles and regions, with the answer among the options', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const q of createQuiz(seed, 9)) {
        if (q.kind === 'which-muscles') {
          expect(getPainRegion(q.regionId)).toBeDefined();
          for (const id of q.answer) expect(q.options).toContain(id);
          expect(q.answer.length).toBeGreaterThan(0);
        } else {
          expect(getMuscle(q.muscleId)?.refersToHead).toBe(true);
          if (q.kind === 'name-the-muscle') expect(q.options).toContain(q.muscleId);
        }
      }
    }
  });

  it('scores naming: right 1, wrong 0', () => {
    const q = {
      kind: 'name-the-muscle',
      muscleId: 'upper-trapezius',
      side: 'left',
      options: ['upper-trapezius', 'temporalis'],
    } as const;
    expect(gradeNameTheMuscle(q, 'upper-trapezius').score).toBe(1);
    expect(gradeNameTheMuscle(q, 'temporalis').score).toBe(0);
  });

  it('scores a drawing of exactly the essential zone near 1', () => {
    const zone = essentialSamples(trapezius);
    expect(zone.length).toBeGreaterThan(10);
    expect(gradePaintTheZone(trapezius, zone, 0.004).score).toBeGreaterThan(0.9);
  });

  it('scores a drawing of the mirror-image zone on the wrong side as 0', () => {
    const wrongSide = essentialSamples({ ...trapezius, side: 'right' });
    expect(gradePaintTheZone(trapezius, wrongSide, 0.004).score).toBe(0);
  });

  it('scores half of the zone at about two thirds (Dice)', () => {
    const zone = essentialSamples(trapezius);
    const half = zone.filter((_, i) => i % 2 === 0);
    const score = gradePaintTheZone(trapezius, half, 0.002).score;
    expect(score).toBeGreaterThan(0.55);
    expect(score).toBeLessThan(0.8);
  });

  it('scores an empty drawing as 0', () => {
    expect(gradePaintTheZone(trapezius, [], 0.01).score).toBe(0);
  });

  it('scores "which muscles" by F1 against the reverse lookup', () => {
    const q = {
      kind: 'which-muscles',
      regionId: 'temple',
      side: 'left',
      options: ['a', 'b', 'c', 'd'],
      answer: ['a', 'b'],
    } as const;
    expect(gradeWhichMuscles(q, ['a', 'b']).score).toBe(1);
    expect(gradeWhichMuscles(q, []).score).toBe(0);
    expect(gradeWhichMuscles(q, ['c']).score).toBe(0);
    expect(gradeWhichMuscles(q, ['a']).score).toBeCloseTo(2 / 3, 10);
    expect(gradeWhichMuscles(q, ['a', 'b', 'c', 'd']).score).toBeCloseTo(2 / 3, 10);
  });

  it('sums a score summary', () => {
    expect(
      summarise([
        { score: 1, detail: '' },
        { score: 0.5, detail: '' },
      ]),
    ).toEqual({ total: 1.5, outOf: 2, percent: 75 });
    expect(summarise([])).toEqual({ total: 0, outOf: 0, percent: 0 });
  });
});
