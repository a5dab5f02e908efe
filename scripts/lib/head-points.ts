import fc from 'fast-check';
import { HEAD_CENTRE, type Vec3 } from '../../src/mapping';

/**
 * A number spread evenly over [min, max]. fast-check's own doubles crowd toward zero and the
 * bounds (good for numeric edge cases, useless for sampling a head), hence integers scaled.
 */
export const uniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 1_000_000 }).map((i) => min + ((max - min) * i) / 1_000_000);

/** Any point of the box the head, neck and shoulders occupy. */
export const anyPoint: fc.Arbitrary<Vec3> = fc.tuple(uniform(-0.2, 0.2), uniform(-0.2, 0.15), uniform(-0.12, 0.12));

/**
 * Points on a head-shaped surface: an ellipsoid for the cranium and face, with radii close to
 * the skin's, over a neck cylinder; where patients point and painters paint.
 */
export const headSurfacePoint: fc.Arbitrary<Vec3> = fc
  .record({ azimuth: uniform(-Math.PI, Math.PI), height: uniform(-0.24, 0.13), bulge: uniform(0.95, 1.05) })
  .map(({ azimuth, height, bulge }) => {
    const rel = (height - HEAD_CENTRE[1]) / 0.1;
    const head = height > -0.07 ? Math.sqrt(Math.max(0.02, 1 - rel * rel)) : 0;
    const rx = Math.max(0.055, 0.077 * head) * bulge;
    const rz = Math.max(0.06, 0.1 * head) * bulge;
    return [rx * Math.sin(azimuth), height, rz * Math.cos(azimuth) - 0.01] as Vec3;
  });
