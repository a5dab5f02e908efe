import { describe, expect, it } from 'vitest';
import { packWeights, type BodyWeights } from '../../models/generator/joint-weights';
import { FourJointFit } from '../../models/generator/weight-fitting';
import { applyTransform, distance, type Vec3 } from '../../src/mapping/vec';
import { skeletonJoints } from '../../src/model-contract';
import { boneTransforms, distinctPoses, type Bone } from '../../src/movement';

/** Where weights put a rest point (mm) in a pose, in metres. */
function posedAt(weights: BodyWeights, restMm: Vec3, pose: ReturnType<typeof boneTransforms>): Vec3 {
  const rest: Vec3 = [restMm[0] / 1000, restMm[1] / 1000, restMm[2] / 1000];
  let [x, y, z] = [0, 0, 0];
  for (const [body, w] of weights) {
    const p = applyTransform(pose[body], rest);
    [x, y, z] = [x + w * p[0], y + w * p[1], z + w * p[2]];
  }
  return [x, y, z];
}

/** The four heaviest as `packWeights` keeps them (less the fifth), as fractions. */
function fourHeaviest(weights: BodyWeights): BodyWeights {
  const { joints, weights: bytes } = packWeights([weights]);
  const out: BodyWeights = new Map();
  for (let s = 0; s < 4; s++) if (bytes[s]) out.set(skeletonJoints[joints[s]!] as Bone, bytes[s]! / 255);
  return out;
}

/** The farthest (mm) `weights` put the point from where `own` put it, over the poses the viewer shows. */
function farthestMm(weights: BodyWeights, own: BodyWeights, restMm: Vec3): number {
  return Math.max(
    ...distinctPoses().map(([, pose]) => {
      const t = boneTransforms(pose);
      return 1000 * distance(posedAt(weights, restMm, t), posedAt(own, restMm, t));
    }),
  );
}

// A point of the skin on the side of the neck at C3, as the soft-tissue field weights it: the head,
// the jaw, five levels of the neck and the left shoulder girdle.
const sideOfNeck: Vec3 = [48, -105, 5];
const sideOfNeckWeights: BodyWeights = new Map<Bone, number>([
  ['skull', 0.06],
  ['mandible', 0.18],
  ['c1', 0.08],
  ['c2', 0.16],
  ['c3', 0.2],
  ['c4', 0.16],
  ['c5', 0.06],
  ['shoulder-girdle-left', 0.1],
]);

describe('weights fitted to four joints (models/generator/weight-fitting.ts)', () => {
  const fit = new FourJointFit();

  it('leaves a vertex of four bodies or fewer as it is', () => {
    const few: BodyWeights = new Map<Bone, number>([
      ['c3', 0.5],
      ['c4', 0.3],
      ['mandible', 0.2],
    ]);
    expect(fit.fit([few], Float32Array.from(sideOfNeck))[0]).toEqual(few);
  });

  it('gives a vertex of many bodies at most four, none negative, summing to 1', () => {
    const [fitted] = fit.fit([sideOfNeckWeights], Float32Array.from(sideOfNeck));
    expect(fitted!.size).toBeGreaterThan(0);
    expect(fitted!.size).toBeLessThanOrEqual(4);
    for (const w of fitted!.values()) expect(w).toBeGreaterThanOrEqual(0);
    expect([...fitted!.values()].reduce((s, w) => s + w, 0)).toBeCloseTo(1, 9);
    for (const body of fitted!.keys()) expect(sideOfNeckWeights.has(body)).toBe(true);
  });

  it('puts the vertex nearer where its own weights do than the four heaviest, in every pose shown', () => {
    const [fitted] = fit.fit([sideOfNeckWeights], Float32Array.from(sideOfNeck));
    const four = farthestMm(fourHeaviest(sideOfNeckWeights), sideOfNeckWeights, sideOfNeck);
    const fitMm = farthestMm(fitted!, sideOfNeckWeights, sideOfNeck);
    expect(four).toBeGreaterThan(1);
    expect(fitMm).toBeLessThan(four / 2);
  });

  it('keeps a body that holds a vertex wholly, whatever tiny weights the others carry', () => {
    const held: BodyWeights = new Map<Bone, number>([
      ['thorax', 1],
      ['c7', 1e-9],
      ['c6', 1e-9],
      ['c5', 1e-9],
      ['shoulder-girdle-left', 1e-9],
    ]);
    const [fitted] = fit.fit([held], Float32Array.from([30, -160, -40]));
    expect(farthestMm(fitted!, held, [30, -160, -40])).toBeLessThan(1e-3);
  });
});
