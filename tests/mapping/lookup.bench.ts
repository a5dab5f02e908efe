import { bench, describe } from 'vitest';
import fc from 'fast-check';
import { landmarks, musclesForPainArea, musclesReferringTo, referralWeights } from '../../src/mapping';
import { headSurfacePoint } from '../../scripts/lib/head-points';

// Run with `npm run bench:mapping`. Figures go to the README; none of this is pass/fail.
const points = fc.sample(headSurfacePoint, { numRuns: 100_000, seed: 1 });
const flat = new Float32Array(points.flat());
const out = new Float32Array(points.length * 2);
const drawing = points.slice(0, 2_000);
let i = 0;

describe('reverse lookup', () => {
  bench('musclesReferringTo, one point', () => {
    musclesReferringTo(points[i++ % points.length]!);
  });
  bench('musclesReferringTo(pterion-left)', () => {
    musclesReferringTo(landmarks['pterion-left']);
  });
  bench(
    'musclesForPainArea, 2,000-point drawing',
    () => {
      musclesForPainArea(drawing);
    },
    { iterations: 10 },
  );
});

describe('forward zone for a whole mesh', () => {
  bench(
    'referralWeights, 100,000 vertices, upper trapezius',
    () => {
      referralWeights('upper-trapezius', 'left', flat, out);
    },
    { iterations: 10 },
  );
  bench(
    'referralWeights, 100,000 vertices, temporalis',
    () => {
      referralWeights('temporalis', 'left', flat, out);
    },
    { iterations: 10 },
  );
});
