import { describe, expect, it } from 'vitest';
import { musclesReferringTo, surfaceSamples, type Vec3 } from '../../src/mapping';

/**
 * Coverage: over an even spread of points on the head, face and neck (the surface samples, about
 * 6 mm apart), every point answers at least one muscle, except in the places the literature
 * names no muscle for. Those places are listed and explained in src/mapping/README.md
 * ("Places no muscle answers"); each is written here from the same description.
 */

/** Height above the Frankfort plane (mm) and angle from straight ahead round the head (degrees). */
function placeOf(p: Vec3): { heightMm: number; aroundDeg: number } {
  return { heightMm: p[1] * 1000, aroundDeg: (Math.atan2(Math.abs(p[0]), p[2]) * 180) / Math.PI };
}

const exceptions: Record<string, (p: Vec3) => boolean> = {
  /** The upper vault: the scalp more than 6 cm above the Frankfort plane, away from the forehead. */
  'upper vault': (p) => {
    const { heightMm, aroundDeg } = placeOf(p);
    return heightMm > 58 && (aroundDeg > 20 || heightMm > 95);
  },
  /** The side of the neck below the jaw, over the sternocleidomastoid and the posterior triangle. */
  'side of the neck': (p) => {
    const { heightMm, aroundDeg } = placeOf(p);
    return heightMm < -55 && aroundDeg > 30 && aroundDeg < 120;
  },
};

const samples = surfaceSamples();
const unanswered = samples.filter((p) => musclesReferringTo(p).length === 0);

describe('every place on the head, face and neck answers a muscle', () => {
  it('samples at least 2,000 points', () => {
    expect(samples.length).toBeGreaterThanOrEqual(2000);
  });

  it('leaves unanswered only the places the literature names no muscle for', () => {
    const outside = unanswered.filter((p) => !Object.values(exceptions).some((isIn) => isIn(p)));
    const coverage = 1 - unanswered.length / samples.length;
    const byPlace = Object.entries(exceptions).map(
      ([name, isIn]) => `${name}: ${unanswered.filter(isIn).length} unanswered of ${samples.filter(isIn).length}`,
    );
    console.log(`coverage ${(coverage * 100).toFixed(1)} % of ${samples.length} points; ${byPlace.join('; ')}`);
    expect(outside.map((p) => p.map((v) => Math.round(v * 1000)))).toEqual([]);
  });

  it('answers everywhere on the face, the forehead and the back of the head below the vault', () => {
    const faceAndBack = samples.filter((p) => placeOf(p).heightMm > -50 && placeOf(p).heightMm < 58);
    expect(faceAndBack.length).toBeGreaterThan(800);
    expect(faceAndBack.filter((p) => musclesReferringTo(p).length === 0)).toEqual([]);
  });

  it('the exceptions stay exceptions: most points answer, and each place answers in part', () => {
    expect(1 - unanswered.length / samples.length).toBeGreaterThan(0.7);
    for (const [name, isIn] of Object.entries(exceptions)) {
      const inside = samples.filter(isIn);
      expect(inside.filter((p) => musclesReferringTo(p).length > 0).length, name).toBeGreaterThan(0);
    }
  });
});
