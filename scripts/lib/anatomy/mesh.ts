import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

/**
 * One mesh node of a model as the measures see it: world space, millimetres, with the optional
 * per-vertex data of `src/model-contract/attributes.ts` already decoded (fibre directions in world
 * space, unit length). Plain arrays, so synthetic test meshes and glb meshes are measured alike.
 */
export interface MeasureMesh {
  readonly name: string;
  /** xyz per vertex, mm. */
  readonly positions: Float64Array;
  readonly indices: Uint32Array;
  /** `TANGENT`: unit fibre direction per vertex (xyz), origin toward insertion. */
  readonly fibre?: Float64Array;
  /** `TEXCOORD_0`: u across the fibres, v along them (0 origin, 1 insertion). */
  readonly fibreUv?: Float64Array;
  /** `TEXCOORD_1` x: 1 tendon or aponeurosis, 0 fleshy belly. */
  readonly tendon?: Float64Array;
}

export type Vec = readonly [number, number, number];

export const vertexCount = (m: MeasureMesh): number => m.positions.length / 3;
export const triangleCount = (m: MeasureMesh): number => m.indices.length / 3;

export function vertexAt(m: MeasureMesh, i: number, out = new Vector3()): Vector3 {
  return out.set(m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!);
}

/** Every `step`-th vertex so that at most `max` are taken: deterministic, spread over the mesh. */
export function sampleVertices(m: MeasureMesh, max: number): number[] {
  const n = vertexCount(m);
  const step = Math.max(1, Math.ceil(n / max));
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  return out;
}

/** Area-weighted vertex normals (unit, outward for a mesh wound counter-clockwise from outside). */
export function vertexNormals(m: MeasureMesh): Float64Array {
  const n = new Float64Array(m.positions.length);
  const [a, b, c, e1, e2] = [new Vector3(), new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  for (let k = 0; k < m.indices.length; k += 3) {
    const [ia, ib, ic] = [m.indices[k]!, m.indices[k + 1]!, m.indices[k + 2]!];
    vertexAt(m, ia, a);
    vertexAt(m, ib, b);
    vertexAt(m, ic, c);
    e1.subVectors(b, a).cross(e2.subVectors(c, a));
    for (const i of [ia, ib, ic]) {
      n[i * 3]! += e1.x;
      n[i * 3 + 1]! += e1.y;
      n[i * 3 + 2]! += e1.z;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i]! /= l;
    n[i + 1]! /= l;
    n[i + 2]! /= l;
  }
  return n;
}

/** Each vertex's share of the surface: a third of the area of every triangle it belongs to (mm2). */
export function vertexAreas(m: MeasureMesh): Float64Array {
  const out = new Float64Array(vertexCount(m));
  const [a, b, c, e1, e2] = [new Vector3(), new Vector3(), new Vector3(), new Vector3(), new Vector3()];
  for (let k = 0; k < m.indices.length; k += 3) {
    const ids = [m.indices[k]!, m.indices[k + 1]!, m.indices[k + 2]!] as const;
    vertexAt(m, ids[0], a);
    vertexAt(m, ids[1], b);
    vertexAt(m, ids[2], c);
    const area = e1.subVectors(b, a).cross(e2.subVectors(c, a)).length() / 2;
    for (const i of ids) out[i]! += area / 3;
  }
  return out;
}

export interface Bounds {
  readonly min: Vec;
  readonly max: Vec;
}

export function boundsOf(m: MeasureMesh): Bounds {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < m.positions.length; i++) {
    const v = m.positions[i]!;
    if (v < min[i % 3]!) min[i % 3] = v;
    if (v > max[i % 3]!) max[i % 3] = v;
  }
  return { min: min as unknown as Vec, max: max as unknown as Vec };
}

export const inBounds = (b: Bounds, p: Vector3, margin: number): boolean =>
  p.x >= b.min[0] - margin &&
  p.x <= b.max[0] + margin &&
  p.y >= b.min[1] - margin &&
  p.y <= b.max[1] + margin &&
  p.z >= b.min[2] - margin &&
  p.z <= b.max[2] + margin;

/** Slightly skewed directions, so a parity ray rarely runs along an edge or through a vertex. */
const PARITY_RAYS = [new Vector3(1, 0.0131, 0.0073).normalize(), new Vector3(0.0113, 1, -0.0171).normalize()];

/**
 * A mesh with its bounding-volume tree, built once: distance to the surface, inside tests and
 * ray casts, all in millimetres. The tree reorders its own copy of the index, never the mesh's.
 */
export class Spatial {
  readonly bvh: MeshBVH;
  readonly bounds: Bounds;
  constructor(readonly mesh: MeasureMesh) {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(Float32Array.from(mesh.positions), 3));
    g.setIndex(new BufferAttribute(Uint32Array.from(mesh.indices), 1));
    this.bvh = new MeshBVH(g);
    this.bounds = boundsOf(mesh);
  }

  /** Distance to the surface, or Infinity when farther than `max`. */
  distance(p: Vector3, max = Infinity): number {
    if (Number.isFinite(max) && !inBounds(this.bounds, p, max)) return Infinity;
    return this.bvh.closestPointToPoint(p, undefined, 0, max)?.distance ?? Infinity;
  }

  /** Inside the closed surface: two skewed rays must both cross it an odd number of times. */
  contains(p: Vector3): boolean {
    if (!inBounds(this.bounds, p, 0)) return false;
    for (const dir of PARITY_RAYS) {
      if (this.bvh.raycast(new Ray(p.clone(), dir), DoubleSide).length % 2 === 0) return false;
    }
    return true;
  }

  /** How far a point lies inside the closed surface, 0 when outside. */
  depthInside(p: Vector3): number {
    return this.contains(p) ? this.distance(p) : 0;
  }

  /** Distances of every crossing of the ray with the surface, nearest first. */
  crossings(origin: Vector3, dir: Vector3, far = Infinity): number[] {
    return this.bvh
      .raycast(new Ray(origin.clone(), dir.clone().normalize()), DoubleSide, 0, far)
      .map((h) => h.distance)
      .sort((x, y) => x - y);
  }
}

/** The value below which a share `q` (0..1) of the numbers lie (nearest rank); NaN when empty. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
