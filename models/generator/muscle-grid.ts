import { resolveAnchor } from '../../src/mapping/anchor';
import { levelRunHeight, type LevelRun, type MuscleAttachment } from '../../src/mapping/attachments';
import type { Anchor, DepthLayer } from '../../src/mapping/types';
import { pointMToMm } from '../../src/mapping/units';
import { add, cross, dot, length, lerp, normalize, scale, smoothstep, sub, type Vec3 } from '../../src/mapping/vec';
import { nearestOnLine, resample, smoothPath } from './curves';
import type { MuscleForm } from './muscle-forms';
import { gradient, type Sdf } from './sdf';
import type { Settled } from './settle';
import { twistedStrap } from './twisted-strap';

/** Fields a muscle is laid between (left side, millimetres). */
export interface Bed {
  /** Bones only. */
  readonly bone: Sdf;
  /** The muscles laid before this one, as the solids they were meshed from. */
  readonly muscles: Sdf;
  /** Bones and the muscles laid before this one. */
  readonly under: Sdf;
  /**
   * The context muscles (the mylohyoid), also in `muscles`: they hold no attachment a muscle
   * shares, so a muscle keeping its ends over its neighbours' (`END_ZONE` in muscle-solid.ts) is
   * still carved out of them there.
   */
  readonly context?: Sdf;
  /** The muscles laid before, as far as each may have settled onto the bone (`settle.ts`); else `muscles`. */
  readonly settled?: Settled;
  readonly skin: Sdf;
  /** The mid-surface of the shared border of the part this muscle joins (`MuscleForm.joins`), as laid. */
  readonly joined?: readonly Vec3[];
  /** Each bone by its name in the contract (`first-rib-left`), for a muscle kept off one (`MuscleForm.offBone`). */
  readonly bones?: ReadonlyMap<string, Sdf>;
}

/** A muscle's attachments with its depth from the catalogue (`Muscle.layer`). */
export type LaidMuscle = MuscleAttachment & { readonly layer: DepthLayer };

/**
 * The fibre grid of a muscle: `m` rows from origin (v = 0) to insertion (v = 1), `n` fibres
 * across (u = 0 at the first anchor of each line); for a ring the rows close on themselves.
 */
export interface FibreGrid {
  readonly nodes: Vec3[];
  /** Half the thickness of the solid at each node, mm. */
  readonly half: number[];
  readonly n: number;
  readonly m: number;
  readonly ring: boolean;
  /** Path coordinate v of each row. */
  readonly v: number[];
}

/** Least depth of any muscle under the skin's surface, mm. */
const SKIN_COVER_MM = 1.5;
/** Gap kept from the bone and from the muscles laid before, mm. */
const CLEAR_MM = 0.3;
/** How far a deep muscle's belly reaches down to rest on what lies beneath it, mm. */
const HUG_REACH_MM = 9;
/** Spacing of a level-set muscle's laid grid along and across the fibres before it is refined (halved), mm. */
const ROW_MM = 4;
/**
 * Spacing of a sheet under the skin once refined, mm: its slab is meshed straight from the grid,
 * whose edges are its own, and the targets ask for a median edge of at most 3 mm (a third of the
 * edges are the quads' diagonals, so the grid is spaced a little finer). Sized from the sheet's
 * mean width and mean fibre as laid (`sheetGrid`): spaced from the straight line between the
 * attachments' centres, the lower trapezius's long lower fibres took 5-mm edges and the frontalis
 * and occipitalis, curved over the vault, 3.2-3.4 mm. A sheet may keep a coarser grid (`MuscleForm.rowMm`).
 */
const SHEET_EDGE_MM = 2.9;
/** Intervals of the laid grid per interval of the refined one (`refine`). */
export const REFINE = 2;

/**
 * Width of a cord tendon's laid mid-surface, mm (`MuscleForm.cord`): the solid's thickness is laid
 * round it, so the cord comes to this plus its thickness across; a little more than none, so the
 * grid's quads keep an area and a normal.
 */
export const CORD_CORE_MM = 0.4;

/**
 * How far a muscle's insertion tendon is a cord at `v` along the path (0 flat or belly, 1 cord):
 * rising over the belly's last `taper` into the tendon, falling over the `fan` at the insertion.
 */
export function cordShare(form: MuscleForm, v: number): number {
  if (!form.cord) return 0;
  const start = 1 - form.tendon[1];
  const { taper, fan } = form.cord;
  return smoothstep(start - taper, start, v) * (1 - smoothstep(1 - fan, 1, v));
}

/** Whether a muscle is a sheet under the skin gridded to SHEET_EDGE_MM (`sheetGrid`). */
const finelyGridded = (form: MuscleForm): boolean =>
  form.lie === 'skin' && form.arrangement !== 'ring' && form.rowMm === undefined;

const anchorMm = (an: Anchor): Vec3 => pointMToMm(resolveAnchor(an, 'left'));

const centroid = (pts: readonly Vec3[]): Vec3 =>
  scale(
    pts.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
    1 / pts.length,
  );

/** Straight distance between the ends of an attachment line, mm. */
const chord = (line: readonly Vec3[]): number => length(sub(line[line.length - 1]!, line[0]!));

/** Length of an attachment line along its anchors, mm. */
const polyline = (line: readonly Vec3[]): number => line.slice(1).reduce((s, p, i) => s + length(sub(p, line[i]!)), 0);

/**
 * Fibres and rows of a sheet under the skin so that, refined, its grid is spaced SHEET_EDGE_MM
 * across its mean row (or the belly where wider) and along its mean fibre, both measured as the
 * sheet lies under the skin: the straight lines between the attachments cut the curve of the
 * forehead or the neck short.
 */
function sheetGrid(att: LaidMuscle, o: readonly Vec3[], ins: readonly Vec3[], via: readonly Vec3[], bed: Bed) {
  const k = 9;
  const [a, b] = [resample(o, k, false), resample(ins, k, false)];
  const depth = -((att.underSkinMm ?? 2) + att.thicknessMm / 2);
  const laid = Array.from({ length: k }, (_, j) =>
    a.map((p, i) => toLevel(bed.skin, lerp(p, b[i]!, j / (k - 1)), depth)),
  );
  const width = Math.max(laid.reduce((s, row) => s + polyline(row), 0) / k, att.bellyWidthMm ?? 0);
  const fibre = a.reduce((s, _, i) => s + polyline(laid.map((row) => row[i]!)), 0) / k + via.length * 10;
  const count = (mm: number, least: number): number => Math.max(least, Math.ceil(mm / (REFINE * SHEET_EDGE_MM)) + 1);
  return { n: count(width, 5), m: count(fibre, 10) };
}

/**
 * Fibres and rows of a grid spaced `rowMm` (or ROW_MM) along the straight lines between the
 * attachments: across the wider attachment line or the belly, along the path between the
 * attachments' centres (`pathMm`).
 */
function rowGrid(att: LaidMuscle, form: MuscleForm, o: readonly Vec3[], ins: readonly Vec3[], pathMm: number) {
  const row = form.rowMm ?? ROW_MM;
  const across = Math.round(Math.max(chord(o), chord(ins), att.bellyWidthMm ?? 0) / row) + 1;
  return {
    n: Math.max(5, Math.min(form.lie === 'skin' ? 28 : 15, across)),
    m: Math.max(10, Math.min(40, Math.round(pathMm / row))),
  };
}

/**
 * The fibres' first layout: straight between the two attachment lines, widened at the belly.
 * `rows` are the nodes; `course` is each fibre's direction at its node (toward the insertion, not
 * unit). The belly's widening spreads the fibres apart without bending or fanning them: a wide belly
 * holds more fibres side by side, each running as the fibre from its origin point to its
 * insertion point runs there (in a fusiform belly the fascicles lie within a few degrees of the
 * line of pull; Gray's), whereas the widened nodes' own columns bow out at the ends of the belly.
 */
export function fibreLayout(
  att: LaidMuscle,
  form: MuscleForm,
  bed: Bed,
): { rows: Vec3[][]; course: Vec3[][]; v: number[] } {
  const ring = form.arrangement === 'ring';
  const o = att.origin.map(anchorMm);
  const ins = att.insertion.map(anchorMm);
  const via = [...(att.via ?? []), ...(form.laidVia ?? [])].map(anchorMm);
  const c0 = centroid(o);
  const c1 = centroid(ins);
  const { n, m } = ring
    ? { n: 32, m: 7 }
    : finelyGridded(form)
      ? sheetGrid(att, o, ins, via, bed)
      : rowGrid(att, form, o, ins, length(sub(c1, c0)) + via.length * 10);
  let p0 = resample(o, n, ring);
  let p1 = resample(ins, n, ring);
  if (!ring) {
    // A point attachment still has a tendon of some width: spread it across the fibre direction.
    const axis = normalize(sub(c1, c0));
    // Spread along the other end's line (square to the axis), so a fan from a point does not
    // twist; across the outward direction when both ends are points.
    const widen = (pts: Vec3[], other: Vec3[], c: Vec3, w: number): Vec3[] => {
      if (length(sub(pts[n - 1]!, pts[0]!)) >= w) return pts;
      const line = sub(other[n - 1]!, other[0]!);
      const square = sub(line, scale(axis, dot(line, axis)));
      const across = length(square) > w ? normalize(square) : normalize(cross(axis, gradient(bed.skin, c)));
      return pts.map((_, i) => add(c, scale(across, (i / (n - 1) - 0.5) * w)));
    };
    p0 = widen(p0, p1, c0, 5);
    p1 = widen(p1, p0, c1, 5);
  }
  const centre = ring ? [] : smoothPath([c0, ...via, c1], m);
  const twisted =
    form.twists && !ring
      ? twistedStrap(
          centre,
          p0.map((p) => sub(p, c0)),
          p1.map((p) => sub(p, c1)),
        )
      : null;
  /** Fibre i at row j, its offset from the path taken at `t` and scaled by `across`. */
  const fibre = (i: number, j: number, t: number, across: number): Vec3 =>
    ring
      ? lerp(p0[i]!, p1[i]!, t)
      : add(centre[j]!, twisted?.offset(i, j, across) ?? scale(lerp(sub(p0[i]!, c0), sub(p1[i]!, c1), t), across));
  /** Breadth between the border fibres blended `s` of the way from the origin line to the insertion line. */
  const breadth = (s: number): number => length(sub(lerp(p0[n - 1]!, p1[n - 1]!, s), lerp(p0[0]!, p1[0]!, s)));
  const rows: Vec3[][] = [];
  const course: Vec3[][] = [];
  for (let j = 0; j < m; j++) {
    const t = j / (m - 1);
    let across = 1;
    if (twisted && att.bellyWidthMm) across = twisted.across(j, att.bellyWidthMm);
    else if (!ring && att.bellyWidthMm) {
      const w = breadth(t);
      const want = att.bellyWidthMm * Math.pow(Math.sin(Math.PI * t), 0.6);
      // A belly that spreads late is narrowed toward its insertion's breadth, its rows turning as before.
      const late = form.spreadsLate ? breadth(Math.pow(t, form.spreadsLate)) : w;
      across = w > 1e-6 ? Math.max(want, late) / w : 1;
      const cord = cordShare(form, t);
      if (cord > 0 && w > 1e-6) across += (CORD_CORE_MM / w - across) * cord;
    }
    rows.push(Array.from({ length: n }, (_, i) => fibre(i, j, t, across)));
    // The same fibre at the neighbouring rows, unspread (one-sided at the ends).
    const [ja, jb] = [Math.max(0, j - 1), Math.min(m - 1, j + 1)];
    course.push(Array.from({ length: n }, (_, i) => sub(fibre(i, jb, jb / (m - 1), 1), fibre(i, ja, ja / (m - 1), 1))));
  }
  if (!ring && att.runsLevel) levelled(rows, course, att.runsLevel);
  const v = rows.map((_, j) => j / (m - 1));
  return { rows, course, v };
}

/**
 * Fibres that keep their origin's height and turn down late (`MuscleAttachment.runsLevel`), as
 * `levelRunHeight` lays them; their courses bend with them.
 */
function levelled(rows: Vec3[][], course: Vec3[][], level: LevelRun): void {
  const m = rows.length;
  const n = rows[0]!.length;
  for (let i = 0; i < n; i++) {
    const s = i / (n - 1);
    const [y0, y1] = [rows[0]![i]![1], rows[m - 1]![i]![1]];
    const height = (t: number, y: number): number => levelRunHeight(level, s, t, y, y0, y1);
    for (let j = 0; j < m; j++) {
      const [ja, jb] = [Math.max(0, j - 1), Math.min(m - 1, j + 1)];
      // The height is linear in the straight fibre's: the course's rise between the two rows
      // is the levelled height at one less the levelled zero at the other.
      const d = course[j]![i]!;
      course[j]![i] = [d[0], height(jb / (m - 1), d[1]) - height(ja / (m - 1), 0), d[2]];
      if (j === 0 || j === m - 1) continue;
      const p = rows[j]![i]!;
      rows[j]![i] = [p[0], height(j / (m - 1), p[1]), p[2]];
    }
  }
}

/** Pushes a point out of a field until it lies `clear` mm outside it. */
function pushOut(f: Sdf, p: Vec3, clear: number): Vec3 {
  let q = p;
  for (let k = 0; k < 6; k++) {
    const d = f(q[0], q[1], q[2]);
    if (d >= clear - 0.05) break;
    q = add(q, scale(gradient(f, q, 0.3), clear - d + 0.05));
  }
  return q;
}

/** Moves a point along a field's gradient until it lies `at` mm from its surface. */
export function toLevel(f: Sdf, p: Vec3, at: number): Vec3 {
  let q = p;
  for (let k = 0; k < 8; k++) {
    const d = f(q[0], q[1], q[2]) - at;
    if (Math.abs(d) < 0.05) break;
    q = sub(q, scale(gradient(f, q, 0.3), d));
  }
  return q;
}

/**
 * Lays one node of the mid-surface: rests it on its bed (bone or skin, as its form says), keeps
 * it out of what lies deeper and under the skin, and where there is not room for its thickness
 * between the two, thins it. Returns the node and its half-thickness.
 */
export function layNode(p: Vec3, h: number, att: LaidMuscle, form: MuscleForm, bed: Bed, endBlend: number) {
  let q = p;
  if (form.lie === 'skin' || form.lie === 'fascia') {
    q = lerp(q, toLevel(bed.skin, q, -((att.underSkinMm ?? 2) + h)), endBlend);
  } else if (form.lie === 'bone') {
    const d = bed.under(q[0], q[1], q[2]);
    // The ends stay on their anchors (some lie off the bone: the ligamentum nuchae).
    if (d < h + CLEAR_MM + HUG_REACH_MM) q = lerp(q, toLevel(bed.under, q, h + CLEAR_MM), endBlend);
  }
  // Attachments are shared with neighbours (the pterygoids at the pterygoid plates): near its
  // ends a muscle keeps out of the bone only, in its belly out of the muscles laid before too.
  q = pushOut(endBlend < 0.5 ? bed.bone : bed.under, q, h + CLEAR_MM);
  // Nothing shows through the skin: where it is thin (temple, lids, nape) the muscle sinks and thins.
  const above = bed.skin(q[0], q[1], q[2]) + h + SKIN_COVER_MM;
  if (above > 0) {
    q = sub(q, scale(gradient(bed.skin, q, 0.3), above));
    const clear = bed.under(q[0], q[1], q[2]);
    if (clear < h + CLEAR_MM) {
      const room = clear + h - CLEAR_MM;
      const h2 = Math.max(0.45, room / 2);
      q = add(q, scale(gradient(bed.under, q, 0.3), h2 + CLEAR_MM - clear));
      h = h2;
    }
  }
  // Left and right meet at the midline, never cross it.
  if (q[0] < h + CLEAR_MM) q = [h + CLEAR_MM, q[1], q[2]];
  return { q, h };
}

/** Laplacian smoothing of a grid's inner nodes; the attachment rows stay where they are. */
export function smoothGrid(rows: Vec3[][], ring: boolean, keep: readonly boolean[]): Vec3[][] {
  const m = rows.length;
  const n = rows[0]!.length;
  return rows.map((row, j) =>
    row.map((p, i) => {
      if (keep[j] || j === 0 || j === m - 1) return p;
      const nb: Vec3[] = [rows[j - 1]![i]!, rows[j + 1]![i]!];
      if (ring || (i > 0 && i < n - 1)) nb.push(row[(i + n - 1) % n]!, row[(i + 1) % n]!);
      return lerp(
        p,
        scale(
          nb.reduce((s, x) => add(s, x)),
          1 / nb.length,
        ),
        0.5,
      );
    }),
  );
}

/**
 * Refines a grid by Catmull-Rom interpolation along both directions (`k` new intervals per old
 * one), so the level-set surface of the thickened grid shows no facets.
 */
export function refine<T extends number[] | Vec3>(rows: T[][], k: number, ring: boolean): T[][] {
  const along = (line: T[], closed: boolean): T[] => {
    const cnt = line.length;
    const out: T[] = [];
    const at = (i: number): T => (closed ? line[(i + cnt) % cnt]! : line[Math.max(0, Math.min(cnt - 1, i))]!);
    const last = closed ? cnt : cnt - 1;
    for (let i = 0; i < last; i++) {
      for (let s = 0; s < k; s++) {
        const t = s / k;
        const [a, b, c, d] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
        out.push(
          a.map((_, x) => {
            const t2 = t * t;
            const t3 = t2 * t;
            const [p0, p1, p2, p3] = [a[x]!, b[x]!, c[x]!, d[x]!];
            return (
              0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
            );
          }) as T,
        );
      }
    }
    if (!closed) out.push(line[cnt - 1]!);
    return out;
  };
  const byRow = rows.map((r) => along(r, ring));
  const cols = byRow[0]!.map((_, i) =>
    along(
      byRow.map((r) => r[i]!),
      false,
    ),
  );
  return Array.from({ length: (rows.length - 1) * k + 1 }, (_, j) => cols.map((c) => c[j]!));
}

/** Shares of a border's move that the columns next to it take, from the border inward. */
const JOIN_EASE = [1, 0.5, 0.2];
/**
 * How far a joined border stays off the other part's, mm, toward its own side: both slabs close
 * their borders with a wall through the border fibre, and laid on the same fibre the walls of the
 * two trapezius parts crossed each other by up to 0.3 mm.
 */
const JOIN_GAP_MM = 0.4;

/**
 * A grid whose border column (the first or the last) lies on another part's border fibre
 * (`Bed.joined`), the columns next to it moved part of the way: laid on their own, the two parts'
 * borders came out at different depths under the skin (the upper trapezius's coarser grid smooths
 * deeper over the curve of the shoulder), and the border of one stood a step above the other.
 */
export function ontoJoined(rows: Vec3[][], border: readonly Vec3[], first: boolean): Vec3[][] {
  const n = rows[0]!.length;
  const edge = first ? 0 : n - 1;
  return rows.map((row) => {
    const inward = normalize(sub(row[first ? 1 : n - 2]!, row[edge]!));
    const move = sub(add(nearestOnLine(border, row[edge]!).point, scale(inward, JOIN_GAP_MM)), row[edge]!);
    return row.map((p, i) => {
      const share = JOIN_EASE[Math.abs(i - edge)] ?? 0;
      return share ? add(p, scale(move, share)) : p;
    });
  });
}
