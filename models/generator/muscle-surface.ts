import { collapseShort } from './bone-remesh';
import { flipToDelaunay } from './bone-mesh';
import { fairMesh, taubinSmooth } from './fair';
import { signedVolume, simplifyMesh, type TriMesh } from './mesh';
import { vertexNormals } from './normals';
import type { Sdf } from './sdf';

/**
 * A muscle's level set made into a smooth surface of even triangles. Marching tetrahedra gives
 * far more triangles than the model can pay for, and simplifying them by distance alone (0.5 mm)
 * left long slivers meeting at sharp angles: the bellies read as crumpled paper (a third to a half
 * of their edges bent more than 20 degrees, where the targets allow a tenth). Here the dense
 * surface's free face is smoothed (Taubin) while the face resting on its bed keeps the bed's
 * imprint, then the edges are collapsed toward one length for the muscle (shorter on the bed,
 * which carries the bone's relief), the triangles evened out, and the volume put back.
 */

/** Taubin rounds on the dense level set: enough to damp its ripples and soften union creases. */
const TAUBIN_ROUNDS = 10;
/** First, cheap pass: manifold's simplification within this distance, mm (flat stretches only). */
const PRESIMPLIFY_MM = 0.1;
/**
 * Target edge length over the muscle's volume-to-area ratio (about its half-thickness): a slender
 * muscle curves tightly and needs short edges, a thick belly takes long ones. Tuned so that the
 * level-set muscles stay within the model's triangle budget (models/README.md).
 */
const EDGE_PER_HALF_THICKNESS = 1.4;
/** Shortest and longest target edge, mm (the targets ask for a median edge of at most 3 mm). */
const MIN_EDGE_MM = 1.6;
const MAX_EDGE_MM = 2.8;
/**
 * Within this distance of the bone or the muscles laid before, mm, the surface rests on its bed
 * (the packing gap plus what the settling leaves): it is not smoothed, so it stays on the bed, and
 * takes edges BED_EDGE times the muscle's.
 */
const BED_MM = 2;
const BED_EDGE = 0.75;
/** Collapse rounds (each collapses an independent set of short edges). */
const COLLAPSE_ROUNDS = 10;
/** Taubin rounds on the remeshed surface of a muscle faired whole (see `smoothMuscleSurface`). */
const REMESHED_ROUNDS = 20;

/**
 * `whole`: the bed face is smoothed with the rest, on the dense surface and again once remeshed.
 * Kept as the level set gives it, the bed face of a slender deep muscle carries the facets of the
 * bone and of the thickened fibre sheets it was carved from: a third of its edges bent more than
 * 20 degrees where the free face had a tenth. Smoothed, it bridges those facets, sinking up to
 * about two tenths of a millimetre into the bone (half a millimetre is allowed), and still rests
 * within the contact distance of its bed.
 */
export function smoothMuscleSurface(dense: TriMesh, bed: Sdf, whole = false): TriMesh {
  const volume = signedVolume(dense.positions, dense.indices);
  const edge = Math.min(MAX_EDGE_MM, Math.max(MIN_EDGE_MM, (EDGE_PER_HALF_THICKNESS * volume) / surfaceArea(dense)));
  const p = dense.positions;
  const onBed = Uint8Array.from({ length: p.length / 3 }, (_, i) =>
    bed(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!) < BED_MM ? 1 : 0,
  );
  const lookup = nearestFlag(p, onBed);
  let m = simplifyMesh(taubinSmooth(dense, TAUBIN_ROUNDS, whole ? undefined : onBed), PRESIMPLIFY_MM);
  for (let r = 0; r < COLLAPSE_ROUNDS; r++) {
    const q = m.positions;
    const len = Float32Array.from({ length: q.length / 3 }, (_, i) =>
      lookup(q[i * 3]!, q[i * 3 + 1]!, q[i * 3 + 2]!) ? edge * BED_EDGE : edge,
    );
    m = flipToDelaunay(collapseShort(m, len));
  }
  m = fairMesh(m, 2, 0.5);
  if (whole) m = taubinSmooth(m, REMESHED_ROUNDS);
  return withVolume(m, volume);
}

/** Rounds of flips and relaxation within the surface that even out a simplified level set. */
const EVENING_ROUNDS = 4;
/** Passes of putting the volume back (each a linear step; three come within a few mm3). */
const VOLUME_PASSES = 3;

/**
 * A simplified level set evened out without smoothing it: Delaunay flips and each vertex moved
 * toward the middle of its neighbours within its tangent plane (`fairMesh`), the same triangles,
 * then the volume the relaxation cut off at the creases put back. Its slivers become near-even
 * triangles that do not turn over as the muscle bends, and the surface stays where it lay on its
 * neighbours.
 */
export function evenedSurface(m: TriMesh): TriMesh {
  const volume = signedVolume(m.positions, m.indices);
  let evened = fairMesh(m, EVENING_ROUNDS, 0.5);
  for (let k = 0; k < VOLUME_PASSES; k++) evened = withVolume(evened, volume);
  return evened;
}

/**
 * The flag of the dense vertex nearest a point, searched within a millimetre or two (the
 * remeshing moves vertices by less); 0 where none is that near.
 */
function nearestFlag(p: Float32Array, flag: Uint8Array): (x: number, y: number, z: number) => number {
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number, z: number): string => `${x},${y},${z}`;
  for (let i = 0; i < flag.length; i++) {
    const k = key(Math.floor(p[i * 3]!), Math.floor(p[i * 3 + 1]!), Math.floor(p[i * 3 + 2]!));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  return (x, y, z) => {
    let best = Infinity;
    let found = 0;
    const [cx, cy, cz] = [Math.floor(x), Math.floor(y), Math.floor(z)];
    for (let a = -1; a <= 1; a++)
      for (let b = -1; b <= 1; b++)
        for (let c = -1; c <= 1; c++)
          for (const j of cells.get(key(cx + a, cy + b, cz + c)) ?? []) {
            const d = (p[j * 3]! - x) ** 2 + (p[j * 3 + 1]! - y) ** 2 + (p[j * 3 + 2]! - z) ** 2;
            if (d < best) [best, found] = [d, flag[j]!];
          }
    return found;
  };
}

function surfaceArea(m: TriMesh): number {
  const p = m.positions;
  const t = m.indices;
  let area = 0;
  for (let k = 0; k < t.length; k += 3) {
    const [a, b, c] = [t[k]! * 3, t[k + 1]! * 3, t[k + 2]! * 3];
    const u = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!] as const;
    const w = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!] as const;
    area += Math.hypot(u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]) / 2;
  }
  return area;
}

/**
 * The surface moved along its normals by the even offset that restores `volume` (collapsing to
 * midpoints cuts chords across convex curves; a few hundredths of a millimetre on a belly).
 */
function withVolume(m: TriMesh, volume: number): TriMesh {
  const offset = (volume - signedVolume(m.positions, m.indices)) / surfaceArea(m);
  const normals = vertexNormals(m);
  const positions = Float32Array.from(m.positions, (x, k) => x + offset * normals[k]!);
  return { positions, indices: m.indices };
}
