import { describe, expect, it } from 'vitest';
import { jawPushShares, pushEnvelope, towardJaw } from '../../models/generator/jaw-path';
import { tree } from '../../models/generator/soft-tissue-weights';
import type { NamedMesh } from '../../models/generator/gltf';
import type { BodyWeights } from '../../models/generator/joint-weights';
import { applyTransform, composeTransforms, invertTransform, type Vec3 } from '../../src/mapping/vec';
import { boneTransforms, namedPoses } from '../../src/movement';

/** A closed box (mm) about `centre`, half-size `half`, outward-wound, as the generator names a bone. */
function boxBone(centre: Vec3, half: number): NamedMesh {
  const corners: number[] = [];
  for (let k = 0; k < 8; k++)
    corners.push(
      centre[0] + (k & 1 ? half : -half),
      centre[1] + (k & 2 ? half : -half),
      centre[2] + (k & 4 ? half : -half),
    );
  // Two triangles per face, wound outward.
  const faces = [
    [0, 2, 3, 1],
    [4, 5, 7, 6],
    [0, 1, 5, 4],
    [2, 6, 7, 3],
    [0, 4, 6, 2],
    [1, 3, 7, 5],
  ].flatMap(([a, b, c, d]) => [a!, b!, c!, a!, c!, d!]);
  return {
    name: 'bone:mandible',
    tissue: 'bone',
    mesh: { positions: Float32Array.from(corners), indices: Uint32Array.from(faces) },
  };
}

/** Where the open mouth carries a rest point (mm) of the jaw, over the skull. */
function openedJaw(p: Vec3): Vec3 {
  const t = boneTransforms(namedPoses['mouth-open']);
  const q = applyTransform(composeTransforms(invertTransform(t.skull), t.mandible), [
    p[0] / 1000,
    p[1] / 1000,
    p[2] / 1000,
  ]);
  return [q[0] * 1000, q[1] * 1000, q[2] * 1000];
}

const push = { marginMm: 2, maxShare: 0.7, passes: 10 };

describe('the opening jaw pushes the tissue behind its angle (models/generator/jaw-path.ts)', () => {
  it('asks a share of the jaw of a point the opened jaw would reach, none of one it leaves clear', () => {
    const centre: Vec3 = [45, -60, -10];
    const bone = boxBone(centre, 8);
    // The point where the box's centre lies once the mouth is open, and one far from any jaw.
    const reached = openedJaw(centre);
    const shares = jawPushShares(tree([bone]), Float32Array.from([...reached, 45, -200, -100]), push);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares[0]).toBeLessThanOrEqual(push.maxShare);
    expect(shares[1]).toBe(0);
  });

  it('raises the mandible to the share asked, the other bodies scaled alike, the sum still 1', () => {
    const w: BodyWeights = new Map([
      ['c2', 0.6],
      ['c3', 0.3],
      ['mandible', 0.1],
    ]);
    const [raised, kept] = towardJaw([w, w], Float64Array.from([0.5, 0.05]));
    expect(raised!.get('mandible')).toBeCloseTo(0.5, 12);
    expect(raised!.get('c2')! / raised!.get('c3')!).toBeCloseTo(2, 12);
    expect([...raised!.values()].reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
    expect(kept).toBe(w);
  });

  it('fades the share away from where it is needed, never below the need, pinned vertices at 0', () => {
    // A strip of triangles along x: vertices 2k and 2k+1 at x = k.
    const n = 12;
    const indices = Uint32Array.from(
      Array.from({ length: n - 1 }, (_, k) => [2 * k, 2 * k + 2, 2 * k + 1, 2 * k + 1, 2 * k + 2, 2 * k + 3]).flat(),
    );
    const need = new Float64Array(2 * n);
    need[0] = need[1] = 0.7;
    const pinned = (v: number): boolean => v >= 2 * (n - 1);
    const f = pushEnvelope(need, indices, 40, pinned);
    for (let v = 0; v < 2 * n; v++) expect(f[v]).toBeGreaterThanOrEqual(pinned(v) ? 0 : need[v]!);
    expect(f[2 * (n - 1)]).toBe(0);
    for (let k = 1; k < n - 1; k++) expect(f[2 * k]!).toBeLessThan(f[2 * k - 2]!);
    expect(f[4]).toBeGreaterThan(0);
  });
});
