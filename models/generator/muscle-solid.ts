import { add, cross, dot, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';
import { FibreSheets, type Hit } from './fibre-sheet';
import type { MuscleForm } from './muscle-forms';
import {
  cordShare,
  CORD_CORE_MM,
  fibreLayout,
  layNode,
  ontoJoined,
  refine,
  REFINE,
  smoothGrid,
  type Bed,
  type LaidMuscle,
} from './muscle-grid';
import { meshShape, signedVolume, type TriMesh } from './mesh';
import { evenedSurface, smoothMuscleSurface } from './muscle-surface';
import { deepFaceOffMuscles } from './sheet-facets';
import { SETTLE_MM, settleMm, shareAt } from './settle';
import { vertexNormals } from './normals';
import { gradient, type Sdf } from './sdf';
import { vertexAttributes } from '../../src/model-contract/attributes';

/** Thickness of a tendon or aponeurosis, mm (a thin sheet's is a third of its belly). */
const TENDON_MM = 1.8;
/** How sharply the cross-section falls off toward the borders, by arrangement (higher: flatter). */
const BORDER_POWER: Record<MuscleForm['arrangement'], number> = {
  fusiform: 1,
  strap: 2,
  fan: 3,
  sheet: 3,
  pennate: 4,
  ring: 1,
};
/** Thickness kept at the borders, as a share of the belly's. */
const BORDER_FLOOR: Record<MuscleForm['arrangement'], number> = {
  fusiform: 0.3,
  strap: 0.35,
  fan: 0.4,
  sheet: 0.45,
  pennate: 0.5,
  ring: 1,
};
/** How full the belly is along its length (lower: a longer even belly, higher: a spindle). */
const BELLY_POWER: Record<MuscleForm['arrangement'], number> = {
  fusiform: 0.8,
  strap: 0.45,
  fan: 0.5,
  sheet: 0.3,
  pennate: 0.35,
  ring: 1,
};
/** Gap kept between a muscle and the bone, mm. */
const CLEAR_MM = 0.3;
/**
 * Gap kept from the muscles laid before, mm: simplification may move the surface by up to
 * SIMPLIFY_MM (smoothing a faired muscle's free face, a few tenths where it curves), so neighbours
 * still end up packed face to face rather than through each other.
 */
const PACK_MM = 0.5;
/**
 * Widest gap between a solid's deep face and its bed (bone or the muscles laid before) that the
 * solid closes, mm: muscles rest on what lies beneath them (fascia between), where the laid grid,
 * smoothed over a bumpy bed, leaves them hanging a few millimetres off.
 */
const BRIDGE_MM = 5;
/** Share of the path at each end where a free strap keeps its attachment over its neighbours'. */
const END_ZONE = 0.06;
/** Half the gap left between a muscle and its mirror image at the midline, mm. */
const MIDLINE_MM = 0.25;
/** Least depth of a muscle's surface under the skin's, mm (the skin is meshed within about 0.5 mm). */
const SKIN_CLEAR_MM = 0.7;
/** Most level-set grid points a muscle's box is meshed with (the mesher's time goes with them). */
const CELLS = 250_000;
/**
 * Where a fibre meets the surface within this cosine of its normal (30 degrees: the cut ends at
 * origin and insertion), its direction is kept as the grid gives it rather than laid in the surface.
 */
const FIBRE_END_COS = Math.cos(Math.PI / 6);
/** How far simplification may move a muscle surface, mm: a third of the thinnest belly's cell keeps its form. */
const SIMPLIFY_MM = 0.5;
/** At or under this thickness a muscle is meshed as a closed slab rather than a level set. */
const SLAB_MM = 3.5;

const belly = [0.62, 0.13, 0.11] as const;
const tendonColour = [0.9, 0.84, 0.74] as const;

/** Tendon share of a point at u across, s along the belly (below 0 or above 1: aponeurosis beyond). */
function tendonAt(form: MuscleForm, u: number, s: number): number {
  const [to, ti] = form.tendon;
  const ramp = (x: number): number => Math.min(1, Math.max(0, x / 0.03 + 0.5));
  let t = Math.max(ramp(to - s), ramp(s - (1 - ti)));
  const patch = form.originPatch;
  if (patch && u > patch.u[0] && u < patch.u[1]) {
    const x = (2 * (u - patch.u[0])) / (patch.u[1] - patch.u[0]) - 1;
    t = Math.max(t, ramp(patch.depth * Math.sqrt(1 - x * x) - s));
  }
  return t;
}

/** Half-thickness of the solid at u across, s along the belly, from the form's profile. */
function halfAt(form: MuscleForm, att: LaidMuscle, u: number, s: number): number {
  const full = att.thicknessMm / 2;
  if (form.arrangement === 'ring') return full * (1 - 0.6 * (2 * s - 1) ** 2);
  const flat = Math.min(full, full <= SLAB_MM / 2 ? full / 3 : TENDON_MM / 2);
  // A cord's thickness is laid round its narrow core, as wide as it is thick.
  const cord = cordShare(form, s);
  const tendon = form.cord ? flat + ((form.cord.mm - CORD_CORE_MM) / 2 - flat) * cord : flat;
  const [to, ti] = form.tendon;
  const b = (s - to) / (1 - to - ti);
  if (b <= 0 || b >= 1) return tendon;
  const peak = (form.bellyPeak - to) / (1 - to - ti);
  const w = b < peak ? (0.5 * b) / peak : 0.5 + (0.5 * (b - peak)) / (1 - peak);
  const along = Math.pow(Math.sin(Math.PI * w), BELLY_POWER[form.bellyEnds === 'blunt' ? 'strap' : form.arrangement]);
  const x = 2 * u - 1;
  const across = Math.max(
    BORDER_FLOOR[form.arrangement],
    Math.sqrt(Math.max(0, 1 - Math.abs(x) ** (2 * BORDER_POWER[form.arrangement]))),
  );
  const patch = form.originPatch ? tendonAt({ ...form, tendon: [0, 0] }, u, s) : 0;
  return Math.max(tendon, full * along * across * (1 - patch));
}

/** One muscle, left side: its mesh and the thickened grid the next muscles are laid over. */
export interface MuscleSolid {
  readonly mesh: TriMesh;
  /** `settle`: per node, the share of the thickest belly by which the solid settled on its bed. */
  readonly grid: { nodes: Vec3[]; half: number[]; n: number; m: number; ring: boolean; settle?: number[] };
}

export function buildMuscle(att: LaidMuscle, form: MuscleForm, bed: Bed): MuscleSolid {
  const ring = form.arrangement === 'ring';
  const layout = fibreLayout(att, form, bed);
  let rows = layout.rows;
  const n = rows[0]!.length;
  const uOf = (i: number): number => (ring ? i / n : i / (n - 1));
  const profile = rows.map((row, j) => row.map((_, i) => halfAt(form, att, uOf(i), layout.v[j]!)));
  let half = profile.map((r) => [...r]);
  const keep = rows.map(() => false);
  for (let pass = 0; pass < 4; pass++) {
    const laid = rows.map((row, j) =>
      row.map((p, i) => {
        const v = layout.v[j]!;
        const endBlend = Math.min(1, Math.min(v, 1 - v) / (ring ? 0.5 : 0.18));
        return layNode(p, profile[j]![i]!, att, form, bed, endBlend);
      }),
    );
    rows = laid.map((r) => r.map((x) => x.q));
    half = laid.map((r) => r.map((x) => x.h));
    rows = smoothGrid(rows, ring, keep);
  }
  // Laid last, then smoothed once more: projecting each node onto a bumpy bone would crumple the
  // sheet; the carving of the level set keeps the smoothed sheet out of the bone.
  rows = smoothGrid(rows, ring, keep);
  if (bed.joined && form.joins) rows = ontoJoined(rows, bed.joined, form.joins.border === 'first');
  // Refined twice over, so neither the level set nor a slab shows the laid grid's facets.
  const k = REFINE;
  const fine = refine(rows, k, ring);
  const fineHalf = refine(
    half.map((r) => r.map((h) => [h])),
    k,
    ring,
  ).map((r) => r.map((h) => Math.max(0.3, h[0]!)));
  const fineV = refine(
    layout.v.map((v) => [[v]]),
    k,
    false,
  ).map((r) => r[0]![0]!);
  // The fibres' courses as laid out between the attachments: laying the grid on its bed moves
  // and bends the belly (ends held on their anchors, the belly brought down onto the bone within
  // a fifth of its length, smoothing, settling), and its columns follow those moves sideways and
  // at the ends; the fibres only bend with the bed in the surface, which inSurface takes care of.
  const course = ring ? null : refine(layout.course, k, false);
  const fn = fine[0]!.length;
  const fm = fine.length;
  const nodes = fine.flat();
  const halves = fineHalf.flat();
  // Per node: fibre direction, u across, v along, tendon share.
  const ligament = ring ? medialLigament(fine, form.medialLigament ?? 0) : () => 0;
  const tangent: Vec3[] = [];
  const uv: [number, number][] = [];
  const tendon: number[] = [];
  for (let j = 0; j < fm; j++)
    for (let i = 0; i < fn; i++) {
      const at = (a: number, b: number): Vec3 => fine[Math.max(0, Math.min(fm - 1, b))]![(a + fn) % fn]!;
      const dir = course ? course[j]![i]! : sub(at(i + 1, j), at(i - 1, j));
      tangent.push(normalize(dir));
      const u = ring ? j / (fm - 1) : i / (fn - 1);
      const v = ring ? i / fn : fineV[j]!;
      uv.push([u, v]);
      tendon.push(ring ? ligament(i) : tendonAt(form, u, v));
    }
  if (thickest(halves) > SLAB_MM && form.lie === 'bone') restOnBed(nodes, halves, bed);
  const grid = { nodes, half: halves, n: fn, m: fm, ring };
  const thick = thickest(halves);
  // Sheets that follow the skin curve gently: two offset faces serve them better than a level
  // set, whose cells would have to be finer than their thin aponeuroses over a large box.
  if (thick <= SLAB_MM || form.lie === 'skin') {
    return { mesh: withAttributes(slabMesh(grid, bed), grid, tangent, uv, tendon), grid };
  }
  // A free strap crossing open space (the digastric) or held under the skin (the SCM) keeps its
  // attachment where it comes onto a bone a deeper muscle also holds (the SCM over the splenius
  // on the mastoid); muscles laid on their bed give way to their neighbours all along.
  const keepEnds = form.lie === 'free' || form.lie === 'fascia';
  // A cord tendon slides in its sheath (the superior oblique's through the trochlea): it is not
  // bound onto its bed as the belly is, and does not settle.
  const bound = form.cord ? uv.map(([, v]) => 1 - cordShare(form, v)) : null;
  const solid = levelSet(grid, thick, bed, keepEnds ? uv.map(([, v]) => v) : null, form, bound);
  // The next muscles pack against the solid as meshed (its thin parts kept a cell thick).
  return {
    mesh: withAttributes(solid.mesh, grid, tangent, uv, tendon),
    grid: { ...grid, half: solid.half, settle: solid.settle },
  };
}

/**
 * Tendon share by column of a ring: 1 over `share` of the loop centred on the column nearest the
 * midline (least mean x on the left side), easing to 0 over a further twentieth.
 */
function medialLigament(rows: readonly Vec3[][], share: number): (i: number) => number {
  const n = rows[0]!.length;
  const meanX = Array.from({ length: n }, (_, i) => rows.reduce((s, r) => s + r[i]![0], 0));
  const medial = meanX.indexOf(Math.min(...meanX));
  return (i) => {
    const d = Math.abs(i - medial) / n;
    const around = Math.min(d, 1 - d);
    return Math.min(1, Math.max(0, (share / 2 + 0.05 - around) / 0.05));
  };
}

const thickest = (halves: readonly number[]): number => Math.max(...halves) * 2;

/**
 * Brings each node down onto the bed: where the deep face hangs less than BRIDGE_MM off it, the
 * node moves across the gap (the laid grid, smoothed over a bumpy bed, hangs off its hollows).
 */
function restOnBed(nodes: Vec3[], halves: readonly number[], bed: Bed): void {
  nodes.forEach((p, k) => {
    const gap = bed.under(p[0], p[1], p[2]) - halves[k]! - PACK_MM;
    if (gap <= 0 || gap >= BRIDGE_MM) return;
    nodes[k] = sub(p, scale(gradient(bed.under, p, 0.3), gap));
  });
}

function levelSet(
  grid: MuscleSolid['grid'],
  thickest: number,
  bed: Bed,
  along: readonly number[] | null,
  form: MuscleForm,
  bound: readonly number[] | null,
): { mesh: TriMesh; half: number[]; settle: number[] } {
  const settles = form.settles ?? false;
  const lo: [number, number, number] = [Infinity, Infinity, Infinity];
  const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  grid.nodes.forEach((p, k) => {
    for (let a = 0; a < 3; a++) {
      lo[a] = Math.min(lo[a]!, p[a]! - grid.half[k]! - 1);
      hi[a] = Math.max(hi[a]!, p[a]! + grid.half[k]! + 1);
    }
  });
  // Finer grids for small muscles, whose thickness would otherwise be a few cells.
  // and no more than about CELLS grid points for the big ones.
  const cells = (hi[0] - lo[0]) * (hi[1] - lo[1]) * (hi[2] - lo[2]);
  const edge = Math.max(Math.min(2, Math.max(0.9, thickest / 5)), Math.cbrt(cells / CELLS));
  const c: Vec3 = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2];
  // A tendon thinner than the mesher's cells would break into scraps: it keeps 1.6 cells.
  const sheets = new FibreSheets(4, 5);
  const half = grid.half.map((h) => Math.max(h, 0.8 * edge));
  sheets.addGrid(grid.nodes, half, grid.n, grid.m, grid.ring);
  const deepest = Math.max(...half);
  const settle = half.map((h, k) => (settles ? (h / deepest) * (bound?.[k] ?? 1) : 0));
  const packed = bed.settled ?? bed.muscles;
  const { context } = bed;
  // Carved out of the bone (with a little clearance) wherever the thickened grid still reaches
  // into it between its laid nodes: a muscle wraps over bone, never through it. Likewise out of
  // the muscles laid before (deeper first), so neighbours pack without overlap, and under the skin.
  // Only near its own surface: elsewhere the sign is already right.
  // Within its end zones a muscle that keeps its ends is not carved by its neighbours.
  const end = (hit: Hit): boolean => {
    if (!along) return false;
    const v = [0, 1, 2].reduce((s, c) => s + hit.w[c]! * along[sheets.corners[hit.tri * 3 + c]!]!, 0);
    return v < END_ZONE || v > 1 - END_ZONE;
  };
  const off = form.offBone && offBone(bed, form.offBone.bone);
  const offMm = form.offBone?.mm ?? 0;
  const f = (x: number, y: number, z: number): number => {
    const hit = sheets.nearest(x, y, z);
    const own = hit?.d ?? sheets.reach;
    if (!hit) return own;
    // Where even the fullest settling leaves the point well outside, the sign is already right.
    const share = shareAt(sheets, hit, settle);
    if (own - SETTLE_MM * share > 2 * edge) return own;
    const bone = bed.bone(x, y, z);
    // Where the point does not settle (share 0) the swell is 0 whatever the bed's distance, so the
    // muscles laid before are not asked for it (a bone field that is not finite still takes the
    // full path, whose arithmetic it would change).
    const d = share === 0 && Number.isFinite(bone) ? own : own - settleMm(share, Math.min(bone, bed.muscles(x, y, z)));
    if (d > 2 * edge) return d;
    const out = Math.max(
      d,
      PACK_MM - bone,
      off ? offMm - off(x, y, z) : -Infinity,
      bed.skin(x, y, z) + SKIN_CLEAR_MM,
      MIDLINE_MM - x,
    );
    if (out > edge) return out;
    if (!end(hit)) return Math.max(out, PACK_MM - packed(x, y, z, bone));
    return context ? Math.max(out, PACK_MM - context(x, y, z)) : out;
  };
  // Settling may reach SETTLE_MM past the thickened grid's box (the cell size stays the grid's).
  const by = settles ? SETTLE_MM : 0;
  const grow = (b: [number, number, number], d: number): [number, number, number] => [b[0] + d, b[1] + d, b[2] + d];
  const box = { min: grow(lo, -by), max: grow(hi, by) };
  const mesh = form.faired
    ? smoothMuscleSurface(meshShape({ f, c, r: 0 }, edge, 0, box), bed.under, form.faired === 'whole')
    : form.evened
      ? evenedSurface(meshShape({ f, c, r: 0 }, edge, SIMPLIFY_MM, box))
      : meshShape({ f, c, r: 0 }, edge, SIMPLIFY_MM, box);
  return { mesh, half, settle };
}

/** A bone named in `MuscleForm.offBone`, the left one of a pair. */
function offBone(bed: Bed, bone: string): Sdf {
  const f = bed.bones?.get(bone) ?? bed.bones?.get(`${bone}-left`);
  if (!f) throw new Error(`No bone "${bone}" to keep a muscle off`);
  return f;
}

/** What a sheet is placed against: bone and skin, and the muscles laid before it if any. */
type SheetBed = Pick<Bed, 'bone' | 'skin'> & Partial<Pick<Bed, 'muscles'>>;

/**
 * A thin sheet: its two faces offset from the mid-surface along the normal, closed at the borders
 * (a muscle sheet, or the galea between the frontalis and occipitalis).
 */
export function slabMesh(grid: MuscleSolid['grid'], bed: SheetBed): TriMesh {
  const { nodes, half, n, m, ring } = grid;
  const count = n * m;
  const positions = new Float32Array(count * 6);
  const T = (i: number, j: number): number => j * n + (((i % n) + n) % n);
  for (let j = 0; j < m; j++)
    for (let i = 0; i < n; i++) {
      const k = T(i, j);
      const di = sub(nodes[T(ring || i < n - 1 ? i + 1 : i, j)]!, nodes[T(ring || i > 0 ? i - 1 : i, j)]!);
      const dj = sub(nodes[T(i, Math.min(m - 1, j + 1))]!, nodes[T(i, Math.max(0, j - 1))]!);
      const off = scale(normalize(cross(di, dj)), half[k]!);
      const c = clearOf(bed.bone, nodes[k]!, half[k]! + CLEAR_MM);
      positions.set(placed(bed, add(c, off)), k * 3);
      positions.set(placed(bed, sub(c, off)), (count + k) * 3);
    }
  const tri: number[] = [];
  const B = (i: number, j: number): number => count + T(i, j);
  const quad = (a: number, b: number, c: number, d: number): void => void tri.push(a, b, c, a, c, d);
  const iMax = ring ? n : n - 1;
  for (let j = 0; j + 1 < m; j++)
    for (let i = 0; i < iMax; i++) {
      quad(T(i, j), T(i + 1, j), T(i + 1, j + 1), T(i, j + 1));
      quad(B(i, j), B(i, j + 1), B(i + 1, j + 1), B(i + 1, j));
    }
  for (let i = 0; i < iMax; i++) {
    quad(B(i, 0), B(i + 1, 0), T(i + 1, 0), T(i, 0));
    quad(T(i, m - 1), T(i + 1, m - 1), B(i + 1, m - 1), B(i, m - 1));
  }
  if (!ring)
    for (let j = 0; j + 1 < m; j++) {
      quad(T(0, j), T(0, j + 1), B(0, j + 1), B(0, j));
      quad(B(n - 1, j), B(n - 1, j + 1), T(n - 1, j + 1), T(n - 1, j));
    }
  const indices = new Uint32Array(tri);
  // The two faces' triangles come first, then the rims'.
  const facets = indices.subarray(0, 12 * (m - 1) * iMax);
  if (bed.muscles) deepFaceOffMuscles(positions, facets, bed.muscles, PACK_MM, bed.skin);
  if (signedVolume(positions, indices) < 0)
    for (let k = 0; k < indices.length; k += 3) [indices[k + 1], indices[k + 2]] = [indices[k + 2]!, indices[k + 1]!];
  return { positions, indices };
}

/** A slab's vertex kept out of the muscles laid before and at least SKIN_CLEAR_MM under the skin. */
function placed(bed: SheetBed, p: Vec3): Vec3 {
  const { skin, muscles } = bed;
  let q = p;
  for (let k = 0; muscles && k < 3; k++) {
    const d = muscles(q[0], q[1], q[2]);
    if (d >= PACK_MM) break;
    q = add(q, scale(gradient(muscles, q, 0.3), PACK_MM - d + 0.05));
  }
  for (let k = 0; k < 3; k++) {
    const d = skin(q[0], q[1], q[2]) + SKIN_CLEAR_MM;
    if (d <= 0) break;
    q = sub(q, scale(gradient(skin, q, 0.3), d + 0.05));
  }
  return q;
}

/** A point moved out of the bone, along its gradient, to `clear` mm from it. */
function clearOf(bone: Sdf, p: Vec3, clear: number): Vec3 {
  let q = p;
  for (let k = 0; k < 4; k++) {
    const d = bone(q[0], q[1], q[2]);
    if (d >= clear - 0.05) break;
    q = add(q, scale(gradient(bone, q, 0.3), clear - d));
  }
  return q;
}

/** How far (mm) a vertex of a solid is looked for from its mid-surface when not within the first reach. */
const FAR_REACH_MM = 30;
const FAR_CELL_MM = 15;

/**
 * Gives each vertex the fibre data of the nearest point of the mid-surface: direction (TANGENT),
 * u across and v along (TEXCOORD_0), tendon share (TEXCOORD_1), and a colour (red belly, pale
 * tendon) for viewers that only read vertex colours.
 */
function withAttributes(
  mesh: TriMesh,
  grid: MuscleSolid['grid'],
  tangent: Vec3[],
  uv: [number, number][],
  tendon: number[],
): TriMesh {
  const sheets = new FibreSheets(4, 4);
  sheets.addGrid(grid.nodes, grid.half, grid.n, grid.m, grid.ring);
  // The few vertices farther than that from the thickened mid-surface (a rounded end, a corner of
  // a sheet) look farther rather than take the first node's data: given the origin's fibre
  // coordinates, they were skinned to the origin's bone wherever they lay (two at the platysma's
  // insertion on the mandible stayed on the thorax and went 4.4 mm into the turning jaw).
  let far: FibreSheets | undefined;
  const farther = (x: number, y: number, z: number) => {
    if (!far) {
      far = new FibreSheets(FAR_CELL_MM, FAR_REACH_MM);
      far.addGrid(grid.nodes, grid.half, grid.n, grid.m, grid.ring);
    }
    return far.nearest(x, y, z);
  };
  const count = mesh.positions.length / 3;
  const tan = new Float32Array(count * 4);
  const uv0 = new Float32Array(count * 2);
  const uv1 = new Float32Array(count * 2);
  const colors = new Float32Array(count * 3);
  const p = mesh.positions;
  // The fibre direction is the grid's, taken in the surface: the grid's tangent follows the
  // mid-surface, which leans out of the solid's faces by the slope of the belly where it swells
  // or tapers and where the level set rounds the borders. A glTF TANGENT lies in the surface, and
  // the viewer's striation reads only that part; left leaning, it pointed up to 40 degrees off
  // the fibres a surface shows.
  const normals = vertexNormals(mesh);
  for (let k = 0; k < count; k++) {
    const hit =
      sheets.nearest(p[k * 3]!, p[k * 3 + 1]!, p[k * 3 + 2]!) ?? farther(p[k * 3]!, p[k * 3 + 1]!, p[k * 3 + 2]!);
    const ids = hit ? sheets.corners.slice(hit.tri * 3, hit.tri * 3 + 3) : [0, 0, 0];
    const w = hit?.w ?? [1, 0, 0];
    let dir: Vec3 = [0, 0, 0];
    let u = 0;
    let v = 0;
    let t = 0;
    ids.forEach((id, c) => {
      dir = add(dir, scale(tangent[id]!, w[c]!));
      u += uv[id]![0] * w[c]!;
      v += uv[id]![1] * w[c]!;
      t += tendon[id]! * w[c]!;
    });
    // A ring's v wraps: take the nearest node's rather than averaging across the seam.
    if (grid.ring) v = uv[ids[w.indexOf(Math.max(...w))]!]![1];
    const n: Vec3 = [normals[k * 3]!, normals[k * 3 + 1]!, normals[k * 3 + 2]!];
    const d = inSurface(normalize(dir), n);
    tan.set([d[0], d[1], d[2], 1], k * 4);
    uv0.set([Math.min(1, Math.max(0, u)), Math.min(1, Math.max(0, v))], k * 2);
    uv1.set([Math.min(1, Math.max(0, t)), 0], k * 2);
    colors.set(
      belly.map((b, c) => b * (1 - t) + tendonColour[c]! * t),
      k * 3,
    );
  }
  return {
    ...mesh,
    colors,
    extra: [
      { semantic: vertexAttributes.fibreDirection, type: 'VEC4', array: tan },
      { semantic: vertexAttributes.fibreCoordinates, type: 'VEC2', array: uv0 },
      { semantic: vertexAttributes.tendon, type: 'VEC2', array: uv1 },
    ],
  };
}

/** A fibre direction laid in the surface of normal `n`, except on the cut ends (see FIBRE_END_COS). */
function inSurface(d: Vec3, n: Vec3): Vec3 {
  const across = dot(d, n);
  return Math.abs(across) > FIBRE_END_COS ? d : normalize(sub(d, scale(n, across)));
}

/** The right side's muscle: the left one mirrored across the midline, its winding turned back. */
export function mirrored(mesh: TriMesh): TriMesh {
  const positions = Float32Array.from(mesh.positions, (x, k) => (k % 3 === 0 ? -x : x));
  const indices = Uint32Array.from(mesh.indices);
  for (let k = 0; k < indices.length; k += 3) [indices[k + 1], indices[k + 2]] = [indices[k + 2]!, indices[k + 1]!];
  const extra = mesh.extra?.map((a) =>
    a.semantic === vertexAttributes.fibreDirection
      ? { ...a, array: Float32Array.from(a.array, (x, k) => (k % 4 === 0 ? -x : x)) }
      : { ...a, array: Float32Array.from(a.array) },
  );
  return { positions, indices, colors: mesh.colors && Float32Array.from(mesh.colors), extra };
}
