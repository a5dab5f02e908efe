import { add, cross, dot, hypot, length, normalize, scale, sub, type Vec3 } from '../../../src/mapping/vec';
import { lazyGrid } from '../grid';
import { gradient, onSurface, ribbon, type Shape } from '../sdf';

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
