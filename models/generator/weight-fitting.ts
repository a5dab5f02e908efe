import { skeletonJoints } from '../../src/model-contract';
import { boneTransforms, distinctPoses, type Bone } from '../../src/movement';
import { interpolatePoses, NEUTRAL } from '../../src/movement/pose';
import { INFLUENCES, type BodyWeights } from './joint-weights';
import { rigidMatrix } from './skeleton';

/**
 * Four joints a vertex, fitted. glTF (and three.js) skin a vertex with four joints, but a vertex of
 * the neck's skin or of a muscle that crosses it weighs up to eight bodies: the head, the jaw, the
 * hyoid, two or three levels of the neck and both shoulder girdles. Keeping the four heaviest
 * (less the fifth, so the four change continuously) moved the skin up to 29 mm from where its own
 * weights put it in a pose, and over the poses the viewer shows it turned over 3,345 of its
 * triangles and doubled 2,816 where its own weights turn over 1,241 and double 898.
 *
 * So a vertex with more than four bodies keeps the one to four of its heaviest `CANDIDATES` whose
 * blend, by least squares, puts it nearest where its own weights put it over the poses the viewer
 * shows (every pose at its full range, and half way there, as a demonstration passes through it):
 * weights that sum to 1, none negative. At rest every body is where it was, so the rest model is
 * unchanged. The skin then turns over 1,491 and doubles 1,077, within 3.6 mm of its own weights'
 * positions; at three quarters of each range, which the fit never saw, 285 and 386 against its own
 * weights' 245 and 369 (the four heaviest: 1,680 and 1,097).
 */

/** The heaviest bodies a fit chooses among (up to four of them: 162 choices). */
const CANDIDATES = 8;
/** The share of a vertex's weight beyond its four heaviest bodies that is dropped without a fit. */
const NEGLIGIBLE_TAIL = 1e-4;
/** How far along each pose the fit looks: half way and the end. */
const FRACTIONS_OF_POSE = [0.5, 1];
const MATRIX = 16;

/** Each fit pose's transform of each body, as a column-major 4x4 matrix (`MATRIX` numbers), in metres. */
function fitTransforms(): Float64Array {
  const poses = distinctPoses().flatMap(([, pose]) => FRACTIONS_OF_POSE.map((f) => interpolatePoses(NEUTRAL, pose, f)));
  const out = new Float64Array(poses.length * skeletonJoints.length * MATRIX);
  poses.forEach((pose, p) => {
    const transforms = boneTransforms(pose);
    skeletonJoints.forEach((body, b) =>
      out.set(rigidMatrix(transforms[body]), (p * skeletonJoints.length + b) * MATRIX),
    );
  });
  return out;
}

/** Every choice of one to `INFLUENCES` of `count` candidates, as index lists. */
function choices(count: number): number[][] {
  const out: number[][] = [];
  const grow = (from: number, chosen: number[]): void => {
    if (chosen.length) out.push(chosen);
    if (chosen.length === INFLUENCES) return;
    for (let i = from; i < count; i++) grow(i + 1, [...chosen, i]);
  };
  grow(0, []);
  return out;
}

/**
 * The weights that minimise |sum a_i d_i|^2 with sum a_i = 1 (d_i: how far body i alone puts the
 * vertex from its target, over the poses), from the Gram matrix of the chosen d_i: the Lagrange
 * conditions G a = mu 1 give a = G^-1 1 / (1 G^-1 1). Null where G is singular (two bodies that move
 * alike in every pose) or a weight comes out negative.
 */
function constrainedLeastSquares(gram: Float64Array, stride: number, chosen: readonly number[]): number[] | null {
  const k = chosen.length;
  if (k === 1) return [1];
  const m = Array.from({ length: k }, (_, r) => [...chosen.map((c) => gram[chosen[r]! * stride + c]!), 1]);
  // Singular relative to the chosen d's size: a vertex whose bodies all put it within a hair of its
  // target has a tiny Gram matrix that is no less solvable.
  const scale = Math.max(...chosen.map((c) => gram[c * stride + c]!));
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    if (!(Math.abs(m[pivot]![c]!) > 1e-12 * scale)) return null;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let q = c; q <= k; q++) m[r]![q]! -= f * m[c]![q]!;
    }
  }
  const x = m.map((row, r) => row[k]! / row[r]!);
  const sum = x.reduce((s, v) => s + v, 0);
  if (!(Math.abs(sum) > 0)) return null;
  const a = x.map((v) => v / sum);
  return a.every((v) => v >= 0) ? a : null;
}

export class FourJointFit {
  private readonly transforms = fitTransforms();
  private readonly poses = this.transforms.length / (skeletonJoints.length * MATRIX);
  private readonly choicesOf = new Map<number, number[][]>();
  private readonly bodyIndex = new Map<Bone, number>(skeletonJoints.map((b, i) => [b as Bone, i]));

  /** The weights for glTF's four joints, for vertices at `positionsMm` with their own weights. */
  fit(perVertex: readonly BodyWeights[], positionsMm: Float32Array): BodyWeights[] {
    return perVertex.map((w, v) => (w.size > INFLUENCES ? this.fitVertex(w, positionsMm, v) : w));
  }

  private fitVertex(own: BodyWeights, positionsMm: Float32Array, v: number): BodyWeights {
    const ranked = [...own]
      .filter(([, w]) => w > 0)
      .map(([body, w]) => ({ body, w, index: this.bodyIndex.get(body)! }))
      .sort((a, b) => b.w - a.w || a.index - b.index);
    const tail = ranked.slice(INFLUENCES).reduce((sum, e) => sum + e.w, 0);
    // A tail this light moves the vertex by under a hundredth of a millimetre in any pose (no body
    // moves a point 100 mm): the four heaviest keep it all.
    if (tail <= NEGLIGIBLE_TAIL * (tail + ranked.slice(0, INFLUENCES).reduce((sum, e) => sum + e.w, 0)))
      return new Map(ranked.slice(0, INFLUENCES).map((e) => [e.body, e.w]));
    const [px, py, pz] = [0, 1, 2].map((i) => positionsMm[v * 3 + i]! / 1000) as [number, number, number];
    const bodies = skeletonJoints.length;
    const length = this.poses * 3;
    // Where each of its bodies alone puts the vertex in each pose, and where its own weights do.
    const alone = new Float64Array(ranked.length * length);
    const target = new Float64Array(length);
    ranked.forEach(({ w, index }, j) => {
      for (let p = 0; p < this.poses; p++) {
        const t = (p * bodies + index) * MATRIX;
        const m = this.transforms;
        for (let axis = 0; axis < 3; axis++) {
          const at = m[t + axis]! * px + m[t + 4 + axis]! * py + m[t + 8 + axis]! * pz + m[t + 12 + axis]!;
          alone[j * length + p * 3 + axis] = at;
          target[p * 3 + axis]! += w * at;
        }
      }
    });
    const count = Math.min(CANDIDATES, ranked.length);
    const gram = new Float64Array(count * count);
    for (let a = 0; a < count; a++)
      for (let b = a; b < count; b++) {
        let s = 0;
        for (let i = 0; i < length; i++)
          s += (alone[a * length + i]! - target[i]!) * (alone[b * length + i]! - target[i]!);
        gram[a * count + b] = gram[b * count + a] = s;
      }
    if (!this.choicesOf.has(count)) this.choicesOf.set(count, choices(count));
    let best: { error: number; chosen: readonly number[]; weights: number[] } | null = null;
    for (const chosen of this.choicesOf.get(count)!) {
      const weights = constrainedLeastSquares(gram, count, chosen);
      if (!weights) continue;
      let error = 0;
      for (let r = 0; r < chosen.length; r++)
        for (let c = 0; c < chosen.length; c++)
          error += weights[r]! * weights[c]! * gram[chosen[r]! * count + chosen[c]!]!;
      if (!best || error < best.error) best = { error, chosen, weights };
    }
    // A single body always solves, so there is a best.
    return new Map(best!.chosen.map((i, r) => [ranked[i]!.body, best!.weights[r]!]));
  }
}
