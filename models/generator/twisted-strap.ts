import { add, cross, dot, length, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';

/**
 * The fibres of a strap whose attachment rows face different ways about its course
 * (`MuscleForm.twists`): the levator scapulae's row down the transverse processes of C1-C4 and
 * its row down the medial border of the scapula. Each row lies partly along the course:
 * that part staggers the fibres' ends along the way and is eased from one end's stagger to the
 * other's. The part across the course is the strap's width there, and between the two ends that
 * width turns about the course as the fibres twist, keeping its breadth. Taken straight from one
 * row to the other, two rows at an angle meet in a waist, and rows lying nearly along the course
 * leave the belly a few millimetres across, a rod where the strap should be.
 */
export interface TwistedStrap {
  /** Fibre `i`'s offset from the course at row `j`, its width across the course scaled by `across`. */
  offset(i: number, j: number, across: number): Vec3;
  /**
   * The scale of row `j`'s width that gives the belly `bellyMm` across at its middle, easing from
   * the rows' own breadths at the ends (so a strap may narrow from a long row as well as widen).
   */
  across(j: number, bellyMm: number): number;
}

/** The direction of `v` square to the unit `axis`, or null when `v` lies along it. */
function square(v: Vec3, axis: Vec3): Vec3 | null {
  const s = sub(v, scale(axis, dot(v, axis)));
  return length(s) > 1e-6 ? normalize(s) : null;
}

/**
 * Lays the offsets of a twisted strap along its course `centre` (one point per row), from each
 * fibre's offset at the origin (`origin[i]`, from the origin row's centre) and at the insertion.
 */
export function twistedStrap(
  centre: readonly Vec3[],
  origin: readonly Vec3[],
  insertion: readonly Vec3[],
): TwistedStrap {
  const m = centre.length;
  const n = origin.length;
  const tangent = centre.map((_, j) => normalize(sub(centre[Math.min(m - 1, j + 1)]!, centre[Math.max(0, j - 1)]!)));
  // A frame carried along the course without turning about it (each row's first axis the last
  // row's, made square to the course there), so that any turn of the width is the strap's own.
  const first: Vec3[] = [];
  const start = square(sub(origin[n - 1]!, origin[0]!), tangent[0]!) ?? square([1, 0, 0], tangent[0]!) ?? [0, 1, 0];
  first.push(start);
  for (let j = 1; j < m; j++) first.push(square(first[j - 1]!, tangent[j]!) ?? first[j - 1]!);
  const second = first.map((e, j) => cross(tangent[j]!, e));
  /** An end's offsets as (width, depth) in the frame of its row turned by the row's angle, and along. */
  const local = (offsets: readonly Vec3[], j: number) => {
    const [e1, e2, t] = [first[j]!, second[j]!, tangent[j]!];
    const row = sub(offsets[n - 1]!, offsets[0]!);
    const angle = Math.atan2(dot(row, e2), dot(row, e1));
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    return {
      angle,
      across: offsets.map((p): [number, number] => {
        const [x, y] = [dot(p, e1), dot(p, e2)];
        return [c * x + s * y, -s * x + c * y];
      }),
      along: offsets.map((p) => dot(p, t)),
    };
  };
  const a = local(origin, 0);
  const b = local(insertion, m - 1);
  // The shorter way round from the origin row's heading to the insertion row's.
  let turn = b.angle - a.angle;
  turn -= 2 * Math.PI * Math.round(turn / (2 * Math.PI));
  const at = (i: number, j: number): [number, number] => {
    const t = j / (m - 1);
    return [0, 1].map((k) => a.across[i]![k]! * (1 - t) + b.across[i]![k]! * t) as [number, number];
  };
  return {
    offset(i, j, across) {
      const t = j / (m - 1);
      const angle = a.angle + turn * t;
      const [x, y] = at(i, j).map((v) => v * across) as [number, number];
      const [c, s] = [Math.cos(angle), Math.sin(angle)];
      const [e1, e2] = [first[j]!, second[j]!];
      const along = a.along[i]! * (1 - t) + b.along[i]! * t;
      return add(add(scale(e1, c * x - s * y), scale(e2, s * x + c * y)), scale(tangent[j]!, along));
    },
    across(j, bellyMm) {
      const [p, q] = [at(0, j), at(n - 1, j)];
      const own = Math.hypot(q[0] - p[0], q[1] - p[1]);
      const belly = Math.pow(Math.sin((Math.PI * j) / (m - 1)), 0.6);
      return own > 1e-6 ? (own * (1 - belly) + bellyMm * belly) / own : 1;
    },
  };
}
