import type { Vec3 } from '../../src/mapping/vec';

/**
 * A muscle as a thickened mid-surface: the grid of its fibres (one column per fibre, origin to
 * insertion) triangulated, with a half-thickness at every node. The solid is every point closer
 * to the mid-surface than the local half-thickness, so the distance field is
 * min over triangles of (distance to the triangle - interpolated half-thickness). Triangles are
 * bucketed on a grid so a query only looks at the few near it; beyond `reach` the field reports
 * `reach` (a mesher only needs the right sign there).
 */
export interface Hit {
  readonly d: number;
  readonly tri: number;
  /** Barycentric weights of the nearest point on the triangle's three corners. */
  readonly w: Vec3;
}

export class FibreSheets {
  private readonly cells = new Map<number, number[]>();
  /** Per triangle: 3 corners xyz, 3 half-thicknesses. */
  private readonly tris: number[] = [];
  /**
   * Per triangle: centre and the radius of a sphere round it plus its thickest half-thickness, so
   * a query skips a triangle that cannot be nearer than the best found so far.
   */
  private readonly spheres: number[] = [];
  /** Per triangle: the three node ids it was built from (for attribute lookups). */
  readonly corners: number[] = [];

  constructor(
    private readonly cell = 6,
    readonly reach = 10,
  ) {}

  private key(i: number, j: number, k: number): number {
    return ((i + 512) * 1024 + (j + 512)) * 1024 + (k + 512);
  }

  /** Adds one triangle of the mid-surface with its corners' half-thicknesses and node ids. */
  addTriangle(a: Vec3, b: Vec3, c: Vec3, h: Vec3, ids: Vec3): void {
    const id = this.tris.length / 12;
    this.lastX = NaN;
    this.tris.push(...a, ...b, ...c, ...h);
    this.corners.push(...ids);
    const centre = [0, 1, 2].map((k) => (a[k]! + b[k]! + c[k]!) / 3) as unknown as Vec3;
    const far = Math.max(...[a, b, c].map((p) => Math.hypot(p[0] - centre[0], p[1] - centre[1], p[2] - centre[2])));
    this.spheres.push(...centre, far + Math.max(...h));
    const grow = Math.max(...h) + this.reach;
    const lo = [0, 1, 2].map((k) => Math.floor((Math.min(a[k]!, b[k]!, c[k]!) - grow) / this.cell));
    const hi = [0, 1, 2].map((k) => Math.floor((Math.max(a[k]!, b[k]!, c[k]!) + grow) / this.cell));
    for (let i = lo[0]!; i <= hi[0]!; i++)
      for (let j = lo[1]!; j <= hi[1]!; j++)
        for (let k = lo[2]!; k <= hi[2]!; k++) {
          const key = this.key(i, j, k);
          const list = this.cells.get(key);
          if (list) list.push(id);
          else this.cells.set(key, [id]);
        }
  }

  /** Adds a grid of nodes (rows along the fibres, columns across), closed across for a ring. */
  addGrid(nodes: readonly Vec3[], half: readonly number[], n: number, m: number, ring: boolean, base = 0): void {
    const at = (i: number, j: number): number => j * n + (i % n);
    const iMax = ring ? n : n - 1;
    for (let j = 0; j + 1 < m; j++)
      for (let i = 0; i < iMax; i++) {
        const q = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)] as const;
        for (const [x, y, z] of [
          [q[0], q[1], q[2]],
          [q[0], q[2], q[3]],
        ] as const) {
          this.addTriangle(
            nodes[x]!,
            nodes[y]!,
            nodes[z]!,
            [half[x]!, half[y]!, half[z]!],
            [base + x, base + y, base + z],
          );
        }
      }
  }

  readonly f = (x: number, y: number, z: number): number => this.nearest(x, y, z)?.d ?? this.reach;

  /**
   * The last point asked and its answer, until a triangle is added: a muscle's field asks the
   * sheets laid before it twice at the same point (its settling, then its packing). NaN matches
   * no point, so a fresh or changed set of sheets always searches.
   */
  private lastX = NaN;
  private lastY = NaN;
  private lastZ = NaN;
  private lastHit: Hit | undefined;

  /** The nearest triangle by thickened distance, or undefined beyond reach. */
  nearest(x: number, y: number, z: number): Hit | undefined {
    if (x === this.lastX && y === this.lastY && z === this.lastZ) return this.lastHit;
    const hit = this.search(x, y, z);
    this.lastX = x;
    this.lastY = y;
    this.lastZ = z;
    this.lastHit = hit;
    return hit;
  }

  private search(x: number, y: number, z: number): Hit | undefined {
    const list = this.cells.get(
      this.key(Math.floor(x / this.cell), Math.floor(y / this.cell), Math.floor(z / this.cell)),
    );
    if (!list) return undefined;
    let best = this.reach;
    let tri = -1;
    let w: Vec3 = [1, 0, 0];
    const t = this.tris;
    const sph = this.spheres;
    for (const id of list) {
      // A lower bound of the triangle's thickened distance; the margin covers rounding, so a
      // triangle that could tie or win is always measured and the answer is the exhaustive one.
      const dx = x - sph[id * 4]!;
      const dy = y - sph[id * 4 + 1]!;
      const dz = z - sph[id * 4 + 2]!;
      if (Math.sqrt(dx * dx + dy * dy + dz * dz) - sph[id * 4 + 3]! > best + 1e-6) continue;
      const o = id * 12;
      const r = closest(x, y, z, t, o);
      const d = Math.sqrt(r[0]) - (r[1] * t[o + 9]! + r[2] * t[o + 10]! + r[3] * t[o + 11]!);
      if (d < best) {
        best = d;
        tri = id;
        w = [r[1], r[2], r[3]];
      }
    }
    return tri < 0 ? undefined : { d: best, tri, w };
  }
}

const out: [number, number, number, number] = [0, 0, 0, 0];

/**
 * Squared distance from p to the triangle at t[o..o+9) and the barycentric weights of the nearest
 * point (Ericson, Real-Time Collision Detection 5.1.5). Returns a shared tuple: copy before reuse.
 */
function closest(px: number, py: number, pz: number, t: number[], o: number): [number, number, number, number] {
  const ax = t[o]!;
  const ay = t[o + 1]!;
  const az = t[o + 2]!;
  const abx = t[o + 3]! - ax;
  const aby = t[o + 4]! - ay;
  const abz = t[o + 5]! - az;
  const acx = t[o + 6]! - ax;
  const acy = t[o + 7]! - ay;
  const acz = t[o + 8]! - az;
  const apx = px - ax;
  const apy = py - ay;
  const apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let u: number;
  let v: number;
  let w: number;
  if (d1 <= 0 && d2 <= 0) [u, v, w] = [1, 0, 0];
  else {
    const bpx = px - t[o + 3]!;
    const bpy = py - t[o + 4]!;
    const bpz = pz - t[o + 5]!;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = px - t[o + 6]!;
    const cpy = py - t[o + 7]!;
    const cpz = pz - t[o + 8]!;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) [u, v, w] = [0, 1, 0];
    else if (d6 >= 0 && d5 <= d6) [u, v, w] = [0, 0, 1];
    else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const s = d1 / (d1 - d3);
      [u, v, w] = [1 - s, s, 0];
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const s = d2 / (d2 - d6);
      [u, v, w] = [1 - s, 0, s];
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const s = (d4 - d3) / (d4 - d3 + (d5 - d6));
      [u, v, w] = [0, 1 - s, s];
    } else {
      const den = 1 / (va + vb + vc);
      v = vb * den;
      w = vc * den;
      u = 1 - v - w;
    }
  }
  const qx = ax + abx * v + acx * w - px;
  const qy = ay + aby * v + acy * w - py;
  const qz = az + abz * v + acz * w - pz;
  out[0] = qx * qx + qy * qy + qz * qz;
  out[1] = u;
  out[2] = v;
  out[3] = w;
  return out;
}
