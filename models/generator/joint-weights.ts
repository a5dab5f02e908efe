import type { Side } from '../../src/mapping/side';
import { skeletonJoints } from '../../src/model-contract';
import { shoulderGirdle, type Bone, type Carrier } from '../../src/movement';
import type { Skinning } from './skeleton';

/** A vertex's weights by body before they are written: any number of bodies, any sum. */
export type BodyWeights = Map<Bone, number>;

/** Adds `scale` times what `carrier` stands for: one body, or a blend of two carriers (`attachment-bones.ts`). */
export function addCarrier(out: BodyWeights, carrier: Carrier, side: Side, scale = 1): BodyWeights {
  if (scale <= 0) return out;
  if (typeof carrier === 'object') {
    const [a, b] = carrier.between;
    addCarrier(out, a, side, scale * (1 - carrier.t));
    addCarrier(out, b, side, scale * carrier.t);
    return out;
  }
  const body: Bone = carrier === 'shoulder-girdle' ? shoulderGirdle(side) : carrier;
  out.set(body, (out.get(body) ?? 0) + scale);
  return out;
}

/** `a` and `b` blended, `t` of the way to `b`. */
export function blendWeights(a: BodyWeights, b: BodyWeights, t: number): BodyWeights {
  const out: BodyWeights = new Map();
  for (const [body, w] of a) out.set(body, (1 - t) * w);
  for (const [body, w] of b) out.set(body, (out.get(body) ?? 0) + t * w);
  return out;
}

/** glTF lets a vertex have four joints in JOINTS_0 / WEIGHTS_0. */
export const INFLUENCES = 4;
const FULL = 255;

/**
 * The vertex weights as glTF stores them: the four heaviest bodies (ties by joint order), as
 * normalized unsigned bytes that sum to exactly 255, rounded by largest remainder so the sum holds.
 * The generator's weights come fitted to four bodies (`weight-fitting.ts`); a fifth is still
 * dropped here continuously. glTF does not ask for the heaviest first; the slots are chosen to
 * compress (see below).
 */
export function packWeights(perVertex: readonly BodyWeights[]): Skinning {
  const joints = new Uint8Array(perVertex.length * INFLUENCES);
  const weights = new Uint8Array(perVertex.length * INFLUENCES);
  perVertex.forEach((w, v) => {
    const ranked = [...w]
      .map(([body, weight]) => ({ joint: skeletonJoints.indexOf(body), weight }))
      .filter((e) => e.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.joint - b.joint);
    // Less the fifth weight, so a body leaves the four as its weight reaches the fifth's: no jump
    // where two bodies change places, and so no tear in the surface.
    const fifth = ranked[INFLUENCES]?.weight ?? 0;
    const top = ranked
      .slice(0, INFLUENCES)
      .map((e) => ({ ...e, weight: e.weight - fifth }))
      .filter((e) => e.weight > 0);
    if (!top.length) throw new Error(`Vertex ${v} has no weight`);
    const sum = top.reduce((s, e) => s + e.weight, 0);
    const exact = top.map((e) => (FULL * e.weight) / sum);
    const bytes = exact.map(Math.floor);
    let left = FULL - bytes.reduce((s, b) => s + b, 0);
    const byRemainder = exact.map((x, i) => ({ i, r: x - bytes[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of byRemainder) if (left-- > 0) bytes[i] = bytes[i]! + 1;
    // Each joint in slot (joint mod 4) where it is free: neighbouring levels of the neck never
    // share a slot, so a slot's bytes change smoothly from vertex to vertex and compress well.
    const slots: number[] = [];
    top.forEach((e, i) => {
      let slot = e.joint % INFLUENCES;
      while (slots.includes(slot)) slot = (slot + 1) % INFLUENCES;
      slots.push(slot);
      joints[v * INFLUENCES + slot] = e.joint;
      weights[v * INFLUENCES + slot] = bytes[i]!;
    });
  });
  return { joints, weights };
}

/** The body that carries a bone of the contract (`bone:<name>`). */
export function boneCarrier(bone: string): { carrier: Carrier; side: Side } {
  const side: Side = bone.endsWith('-right') ? 'right' : 'left';
  if (bone === 'skull' || bone === 'mandible') return { carrier: bone, side };
  if (bone === 'c1-atlas') return { carrier: 'c1', side };
  if (bone === 'c2-axis') return { carrier: 'c2', side };
  if (/^c[3-7]$/.test(bone)) return { carrier: bone as Carrier, side };
  // The hyoid is a body of its own; the digastric's insertion rides it too.
  if (bone === 'hyoid') return { carrier: 'hyoid', side };
  if (/^(clavicle|scapula)-/.test(bone)) return { carrier: 'shoulder-girdle', side };
  if (/^(t[1-6]|manubrium|first-rib-.*|second-rib-.*)$/.test(bone)) return { carrier: 'thorax', side };
  throw new Error(`No body carries bone "${bone}"`);
}

/**
 * Evens out weights over a mesh: each pass moves every free vertex's weights halfway to the mean
 * of its neighbours'. The fields weights are made from (fibre coordinates, distances to bones)
 * can change within one edge where a muscle's fibre grid folds or a part lies close to two bones,
 * and a posed surface would tear there; `pinned` vertices (a muscle's held ends) keep theirs.
 */
export function smoothWeights(
  perVertex: readonly BodyWeights[],
  indices: Uint32Array,
  passes: number,
  pinned: (v: number) => boolean = () => false,
): BodyWeights[] {
  const n = perVertex.length;
  const bodies = skeletonJoints.length;
  let dense = new Float64Array(n * bodies);
  perVertex.forEach((w, v) => w.forEach((x, body) => (dense[v * bodies + skeletonJoints.indexOf(body)] = x)));
  const neighbours = neighbourLists(n, indices);
  for (let pass = 0; pass < passes; pass++) {
    const next = Float64Array.from(dense);
    for (let v = 0; v < n; v++) {
      const around = neighbours[v]!;
      if (!around.length || pinned(v)) continue;
      for (let j = 0; j < bodies; j++) {
        let sum = 0;
        for (const u of around) sum += dense[u * bodies + j]!;
        next[v * bodies + j] = 0.5 * dense[v * bodies + j]! + (0.5 * sum) / around.length;
      }
    }
    dense = next;
  }
  return Array.from({ length: n }, (_, v) => {
    const out: BodyWeights = new Map();
    skeletonJoints.forEach((body, j) => {
      const x = dense[v * bodies + j]!;
      if (x > 0) out.set(body, x);
    });
    return out;
  });
}

/** Each vertex's neighbours along the mesh's edges (an edge two triangles share is listed twice). */
function neighbourLists(n: number, indices: Uint32Array): number[][] {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const [a, b] = [indices[t + k]!, indices[t + ((k + 1) % 3)]!];
      neighbours[a]!.push(b);
      neighbours[b]!.push(a);
    }
  return neighbours;
}

/**
 * Evens out a value per vertex over a mesh as `smoothWeights` evens out weights; with `floor`, each
 * pass then raises every vertex back to its floor.
 */
export function smoothValues(
  values: Float64Array,
  indices: Uint32Array,
  passes: number,
  pinned: (v: number) => boolean = () => false,
  floor?: Float64Array,
): Float64Array {
  const neighbours = neighbourLists(values.length, indices);
  let f = values;
  for (let pass = 0; pass < passes; pass++) {
    const next = Float64Array.from(f);
    for (let v = 0; v < f.length; v++) {
      const around = neighbours[v]!;
      if (!around.length || pinned(v)) continue;
      let sum = 0;
      for (const u of around) sum += f[u]!;
      next[v] = 0.5 * f[v]! + (0.5 * sum) / around.length;
    }
    if (floor) for (let v = 0; v < f.length; v++) next[v] = Math.max(next[v]!, floor[v]!);
    f = next;
  }
  return f;
}
