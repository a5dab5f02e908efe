import { Triangle, Vector3 } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import { namedPoses, boneTransforms } from '../../src/movement';
import {
  applyTransform,
  composeTransforms,
  invertTransform,
  lerp,
  type RigidTransform,
  type Vec3,
} from '../../src/mapping/vec';
import { pointMmToM, pointMToMm } from '../../src/mapping/units';
import { smoothValues, type BodyWeights } from './joint-weights';

/**
 * The soft tissue behind the angle of the mandible is pushed back by it as the mouth opens (the
 * parotid and the posterior belly of the digastric pass the push on to the sternocleidomastoid).
 * Skinning can only blend rigid bodies: a vertex that the opening jaw would reach takes the least
 * share of the jaw (in steps of `SHARE_STEP`, no more than `maxShare`) that keeps it `marginMm`
 * clear of the jaw opened as in the open mouth (`namedPoses['mouth-open']`, the widest opening
 * the viewer shows). A vertex the opened jaw leaves clear keeps its weights.
 */
export interface PushedByJaw {
  readonly marginMm: number;
  readonly maxShare: number;
  /** Passes over which the share falls away where the jaw's path ends (`pushEnvelope`). */
  readonly passes: number;
}

/** The step (of the mandible's share) by which the share that clears a vertex is sought. */
const SHARE_STEP = 0.02;

/** How far from the jaw (mm) a point is looked at: past it, clear (a point inside lies far less deep). */
const REACH_MM = 60;

/** The jaw's own move in the open mouth (over the skull). */
function jawOpened(): RigidTransform {
  const t = boneTransforms(namedPoses['mouth-open']);
  return composeTransforms(invertTransform(t.skull), t.mandible);
}

/**
 * For each vertex (positions in mm) the share of the mandible's weight it needs: the least share,
 * in steps of `SHARE_STEP`, that leaves it `marginMm` clear of the opened jaw (`maxShare` if none
 * does); 0 where the opened jaw leaves it clear. A search, not depth over the jaw's move: the way
 * back round the angle passes deeper first. `bone` is the rest mandible's tree (positions in mm),
 * outward-wound, as `SoftTissueField.boneTree` keeps it for every muscle pushed.
 */
export function jawPushShares(bone: MeshBVH, positions: Float32Array, push: PushedByJaw): Float64Array {
  const back = invertTransform(jawOpened());
  const index = bone.geometry.index!.array;
  const at = bone.geometry.getAttribute('position').array;
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const [q, a, b, c, normal] = [new Vector3(), new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  const triangle = new Triangle(a, b, c);
  /** Signed distance (mm) from `q` to the rest jaw, negative inside; `REACH_MM` if further either way. */
  const clearance = (): number => {
    hit.distance = Infinity;
    if (!bone.closestPointToPoint(q, hit, 0, REACH_MM)) return REACH_MM;
    [a, b, c].forEach((corner, k) => corner.fromArray(at, index[hit.faceIndex * 3 + k]! * 3));
    triangle.getNormal(normal);
    return normal.dot(q.clone().sub(hit.point)) < 0 ? -hit.distance : hit.distance;
  };
  return Float64Array.from({ length: positions.length / 3 }, (_, i) => {
    const p: Vec3 = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
    const opened = pointMToMm(applyTransform(back, pointMmToM(p)));
    // Where the point lies against the jaw opened: the rest point carried back by the jaw's move.
    // A share s of the jaw carries it, in the opened jaw's frame, a fraction s of the way back to
    // where it lies at rest, clear of the jaw; the way may pass deeper first (round the angle).
    for (let s = 0; s < push.maxShare; s += SHARE_STEP) {
      q.fromArray(lerp(opened, p, s));
      if (clearance() >= push.marginMm) return s;
    }
    return push.maxShare;
  });
}

/**
 * The least field over a mesh that is at least `need` everywhere and, where `need` falls away,
 * falls away as evened out over `passes` (each pass: evened out once, then raised to `need`);
 * `pinned` vertices keep 0.
 */
export function pushEnvelope(
  need: Float64Array,
  indices: Uint32Array,
  passes: number,
  pinned: (v: number) => boolean,
): Float64Array {
  const floor = need.map((s, v) => (pinned(v) ? 0 : s));
  return smoothValues(floor, indices, passes, pinned, floor);
}

/** Each vertex's weights with the mandible's raised to `need` where it weighs less, the others scaled down alike. */
export function towardJaw(weights: readonly BodyWeights[], need: Float64Array): BodyWeights[] {
  return weights.map((w, v) => {
    const has = w.get('mandible') ?? 0;
    if (need[v]! <= has) return w;
    const s = (need[v]! - has) / (1 - has);
    const out: BodyWeights = new Map();
    for (const [body, x] of w) out.set(body, x * (1 - s));
    out.set('mandible', (out.get('mandible') ?? 0) + s);
    return out;
  });
}
