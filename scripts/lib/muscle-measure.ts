import type { Document, Node } from '@gltf-transform/core';
import { vertexAttributes } from '../../src/model-contract/attributes';

/**
 * Measures of one muscle mesh read from the glb in model millimetres: closed volume, belly
 * thickness, tendon share and its fibre attributes. Shared by `scripts/muscle-volumes.ts` (the
 * table against the targets) and the model tests.
 */
export interface MuscleMeasure {
  readonly name: string;
  /** Closed-mesh volume, cm3 (signed: a mesh folded through itself loses volume). */
  readonly volumeCm3: number;
  /** 90th percentile of the inward ray thickness over the middle third of the fibres' length, mm. */
  readonly bellyMm: number;
  /** Share of the surface area whose tendon attribute is over one half. */
  readonly tendonShare: number;
  /** Vertices with the fibre attributes, and how many of those have a unit fibre direction and w = 1. */
  readonly vertices: number;
  readonly unitTangents: number;
  readonly hasAttributes: boolean;
}

type V3 = [number, number, number];

function read(node: Node, semantic: string, world: boolean): number[][] | undefined {
  const acc = node.getMesh()?.listPrimitives()[0]?.getAttribute(semantic);
  if (!acc) return undefined;
  const m = node.getWorldMatrix();
  const out: number[][] = [];
  const el: number[] = [];
  for (let i = 0; i < acc.getCount(); i++) {
    acc.getElement(i, el);
    if (!world) {
      out.push([...el]);
      continue;
    }
    const [x, y, z] = el as V3;
    // Model metres to millimetres.
    out.push([
      (m[0] * x + m[4] * y + m[8] * z + m[12]) * 1000,
      (m[1] * x + m[5] * y + m[9] * z + m[13]) * 1000,
      (m[2] * x + m[6] * y + m[10] * z + m[14]) * 1000,
    ]);
  }
  return out;
}

const sub = (a: number[], b: number[]): V3 => [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Distance along the ray from `o` in direction `d` to the first triangle hit beyond 0.05 mm. */
function rayHit(o: number[], d: V3, pos: number[][], idx: Uint32Array | Uint16Array): number {
  let best = Infinity;
  for (let k = 0; k < idx.length; k += 3) {
    const a = pos[idx[k]!]!;
    const e1 = sub(pos[idx[k + 1]!]!, a);
    const e2 = sub(pos[idx[k + 2]!]!, a);
    const p = cross(d, e2);
    const det = dot(e1, p);
    if (Math.abs(det) < 1e-12) continue;
    const t0 = sub(o, a);
    const u = dot(t0, p) / det;
    if (u < 0 || u > 1) continue;
    const q = cross(t0, e1);
    const v = dot(d, q) / det;
    if (v < 0 || u + v > 1) continue;
    const t = dot(e2, q) / det;
    if (t > 0.05 && t < best) best = t;
  }
  return best;
}

export function measureMuscle(node: Node): MuscleMeasure {
  const name = node.getName();
  const pos = read(node, 'POSITION', true)!;
  const prim = node.getMesh()!.listPrimitives()[0]!;
  const idx = prim.getIndices()!.getArray() as Uint32Array;
  const tan = read(node, vertexAttributes.fibreDirection, false);
  const uv0 = read(node, vertexAttributes.fibreCoordinates, false);
  const uv1 = read(node, vertexAttributes.tendon, false);
  let vol = 0;
  let area = 0;
  let tendonArea = 0;
  const normals: V3[] = pos.map(() => [0, 0, 0]);
  for (let k = 0; k < idx.length; k += 3) {
    const [a, b, c] = [pos[idx[k]!]!, pos[idx[k + 1]!]!, pos[idx[k + 2]!]!];
    vol += dot(a as V3, cross(b as V3, c as V3)) / 6;
    const n = cross(sub(b, a), sub(c, a));
    const ar = Math.hypot(...n) / 2;
    area += ar;
    if (uv1)
      tendonArea += (ar * (uv1[idx[k]!]![0]! + uv1[idx[k + 1]!]![0]! + uv1[idx[k + 2]!]![0]!)) / 3 > ar / 2 ? ar : 0;
    for (const i of [idx[k]!, idx[k + 1]!, idx[k + 2]!])
      for (let x = 0; x < 3; x++) normals[i]![x] = normals[i]![x]! + n[x]!;
  }
  // Thickness along the inward normal from vertices in the middle third of the fibres' length.
  const thick: number[] = [];
  const step = Math.max(1, Math.floor(pos.length / 400));
  for (let i = 0; i < pos.length; i += step) {
    const v = uv0?.[i]?.[1];
    if (v === undefined || v < 1 / 3 || v > 2 / 3) continue;
    const n = normals[i]!;
    const l = Math.hypot(...n) || 1;
    const t = rayHit(pos[i]!, [-n[0] / l, -n[1] / l, -n[2] / l], pos, idx);
    if (Number.isFinite(t)) thick.push(t);
  }
  thick.sort((a, b) => a - b);
  let unit = 0;
  for (const t of tan ?? []) if (Math.abs(Math.hypot(t[0]!, t[1]!, t[2]!) - 1) < 0.02 && t[3] === 1) unit++;
  return {
    name,
    volumeCm3: vol / 1000,
    bellyMm: thick.length ? thick[Math.floor(thick.length * 0.9)]! : 0,
    tendonShare: area > 0 ? tendonArea / area : 0,
    vertices: pos.length,
    unitTangents: unit,
    hasAttributes: !!(tan && uv0 && uv1),
  };
}

/** The node of a named mesh. */
export function meshNode(doc: Document, name: string): Node {
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === name);
  if (!node?.getMesh()) throw new Error(`No mesh "${name}" in the model`);
  return node;
}

/** Mean fibre direction (unit) of a muscle's vertices, optionally those with u in [from, to). */
export function meanFibre(node: Node, u: readonly [number, number] = [0, 1.01]): [number, number, number] {
  const tan = read(node, vertexAttributes.fibreDirection, false) ?? [];
  const uv0 = read(node, vertexAttributes.fibreCoordinates, false) ?? [];
  const s = [0, 0, 0];
  tan.forEach((t, i) => {
    const x = uv0[i]?.[0] ?? 0;
    if (x < u[0] || x >= u[1]) return;
    for (let k = 0; k < 3; k++) s[k] = s[k]! + t[k]!;
  });
  const l = Math.hypot(s[0]!, s[1]!, s[2]!) || 1;
  return [s[0]! / l, s[1]! / l, s[2]! / l];
}
