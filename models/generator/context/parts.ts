import { add, cross, dot, hypot, length, lerp, normalize, scale, sub, type Vec3 } from '../../../src/mapping/vec';
import { lazyGrid } from '../grid';
import { toLevel } from '../muscle-grid';
import type { MuscleSolid } from '../muscle-solid';
import { gradient, onSurface, ribbon, type Sdf, type Shape } from '../sdf';

/**
 * Small shape builders the context parts share: a ring round an axis and a flat strap laid on
 * a bed surface (the infrahyoid muscles on the larynx, the facial muscles under the skin).
 */

/** A torus: a tube of radius `r` round a circle of radius `big` centred at `c`, normal to `axis`. */
export function torus(c: Vec3, axis: Vec3, big: number, r: number): Shape {
  const n = normalize(axis);
  return {
    c,
    r: big + r,
    f: (x, y, z) => {
      const p: Vec3 = [x - c[0], y - c[1], z - c[2]];
      const h = dot(p, n);
      const radial = length(sub(p, scale(n, h)));
      return hypot(radial - big, h) - r;
    },
  };
}

/**
 * A strap of half-thickness `half` through `centre` points, `widths` mm wide at each, its broad
 * face turned to `bed` (its width runs across the bed's surface, square to the strap's course).
 * With `lift`, each point is first moved to that height over the bed, so the strap lies on it.
 */
export function strap(
  bed: Shape,
  centre: readonly Vec3[],
  widths: readonly number[],
  half: number,
  lift?: number,
): Shape {
  const pts = lift === undefined ? centre : centre.map((p) => onSurface(bed, p, lift));
  const a: Vec3[] = [];
  const b: Vec3[] = [];
  pts.forEach((p, i) => {
    const along = sub(pts[Math.min(i + 1, pts.length - 1)]!, pts[Math.max(i - 1, 0)]!);
    const across = normalize(cross(along, gradient(bed.f, p)));
    const w = widths[i]! / 2;
    a.push(add(p, scale(across, w)));
    b.push(sub(p, scale(across, w)));
  });
  return ribbon(a, b, half);
}

/** A sheet as a grid of mid-surface nodes, `n` across and `m` along, meshed directly as a slab. */
export type Sheet = MuscleSolid['grid'];

/** A point of the face's outline seen from the front: x and y, mm. */
export type FacePoint = readonly [number, number];

/**
 * A thin sheet under the skin of the face, outlined as seen from the front: `outline(u, v)` is the
 * point (x, y) a fraction `u` across and `v` along it (origin to insertion; round the loop for a
 * ring), sampled `n` across and `m` along. Each node is set on the skin straight behind its point,
 * then `depth(v)` mm under it along the skin's normal; the sheet is `2 half` thick. Laid so, a sheet
 * takes the face's own curvature and cannot twist: a strap whose width was turned by the distance
 * field's gradient deep under the nose and lips did, and its flat plates, straight across its
 * width, stood out of the skin or into the bone at their edges, which clipping left ragged.
 */
export function faceSheet(
  skin: Sdf,
  outline: (u: number, v: number) => FacePoint,
  n: number,
  m: number,
  depth: (v: number) => number,
  half: number,
  ring = false,
): Sheet {
  let nodes: Vec3[] = [];
  for (let j = 0; j < m; j++)
    for (let i = 0; i < n; i++) {
      const v = j / (m - 1);
      const [x, y] = outline(i / (ring ? n : n - 1), v);
      nodes.push(toLevel(skin, skinFront(skin, x, y), -depth(v)));
    }
  for (let k = 0; k < SMOOTHING_PASSES; k++) nodes = smoothed(nodes, n, m, ring);
  return { nodes, half: nodes.map(() => half), n, m, ring };
}

/**
 * Laplacian passes over a sheet's nodes: under a sharp convex turn of the skin (the chin's side,
 * the nose's) the level a few mm under it has a crease, which the sheet would show as a fold.
 */
const SMOOTHING_PASSES = 12;

/**
 * One Laplacian pass, halfway to the mean of a node's grid neighbours: a border node's along its
 * border only, so the outline keeps its place; the corners stay.
 */
function smoothed(nodes: readonly Vec3[], n: number, m: number, ring: boolean): Vec3[] {
  const at = (i: number, j: number): Vec3 => nodes[j * n + ((i + n) % n)]!;
  return nodes.map((p, k) => {
    const i = k % n;
    const j = (k - i) / n;
    const nb: Vec3[] = [];
    if (ring || (i > 0 && i < n - 1)) nb.push(at(i - 1, j), at(i + 1, j));
    if (j > 0 && j < m - 1) nb.push(at(i, j - 1), at(i, j + 1));
    if (!nb.length) return p;
    return lerp(p, scale(nb.reduce(add), 1 / nb.length), 0.5);
  });
}

/** The skin seen straight from the front at (x, y): marched back from in front of the face. */
function skinFront(skin: Sdf, x: number, y: number): Vec3 {
  let z = 160;
  for (let k = 0; k < 200; k++) {
    const d = skin(x, y, z);
    if (d < 0.02) break;
    z -= d;
  }
  return [x, y, z];
}

/**
 * The part kept inside the skin (at least `inset` mm under it) and out of the bones (at least
 * `gap` mm off them). Skin, bone and the part itself are costly to evaluate on the fine meshing
 * grid, so each is read from a coarse lazy grid and evaluated exactly only where the coarse
 * value is too near the surface to trust: the build stays fast and the surface exact.
 */
export function fitted(part: Shape, skin: Shape, bone: Shape, inset = 1.5, gap = 0.3): Shape {
  // Two levels: the mesher samples the whole bounding cube every 3 mm, most of it far away.
  const farPart = lazyGrid(part.f, part.c, part.r, 4.5);
  const coarsePart = lazyGrid(part.f, part.c, part.r, 1.5);
  const coarseSkin = lazyGrid(skin.f, part.c, part.r, 3);
  const coarseBone = lazyGrid(bone.f, part.c, part.r, 3);
  return {
    c: part.c,
    r: part.r,
    f: (x, y, z) => {
      let d = farPart(x, y, z);
      if (d > 7) return d;
      d = coarsePart(x, y, z);
      if (d > 3) return d;
      if (Math.abs(d) < 2) d = part.f(x, y, z);
      let s = coarseSkin(x, y, z) + inset;
      if (s > -3.5 && s > d - 3.5) s = skin.f(x, y, z) + inset;
      d = Math.max(d, s);
      let b = gap - coarseBone(x, y, z);
      if (b > -3.5 && b > d - 3.5) b = gap - bone.f(x, y, z);
      return Math.max(d, b);
    },
  };
}
