import { add, length, normalize, scale, sub, type Vec3 } from '../../src/mapping/vec';
import type { Sdf } from './sdf';

/**
 * Most spacing of the points looked at over a triangle, mm: a third of the radius of a rounded
 * muscle border (the levator scapulae's, 9 mm thick), which could otherwise poke through a flat
 * facet between them.
 */
const PROBE_MM = 1.5;

/** The probe weights made so far, by steps a side. */
const probesBySteps = new Map<number, Vec3[]>();

/** Barycentric weights of the points of a triangle `k` steps a side, corners left out (placed already). */
function probes(k: number): Vec3[] {
  const kept = probesBySteps.get(k);
  if (kept) return kept;
  const out: Vec3[] = [];
  for (let i = 0; i <= k; i++)
    for (let j = 0; i + j <= k; j++) {
      if (i === k || j === k || i + j === 0) continue;
      out.push([i / k, j / k, (k - i - j) / k]);
    }
  probesBySteps.set(k, out);
  return out;
}
/** Most rounds of lifting: a facet lifted part of the way past a rounded muscle is looked at again. */
const ROUNDS = 8;
/**
 * Least thickness a sheet keeps where its deep face is lifted toward its outer face, mm. Over the
 * levator scapulae by the superior angle (measured on all its vertices): 0.6 mm left it 0.25 mm
 * into the trapezius, 1 mm 0.48 mm on 1.5 % of its vertices, 1.5 mm 0.68 mm on 2.1 %, 2.5 mm 1.05
 * mm on 3.4 % (the limit is 1 mm on 2 %); 0.6 and 1 mm turned as many triangles over in the poses.
 */
const THINNEST_MM = 1.0;

/**
 * Lifts the deep face of a sheet off the muscles laid before it by its facets, not only its
 * vertices. A sheet under the skin is meshed straight from its laid grid, each vertex placed
 * `clearMm` off the muscles beneath; where the grid is coarse (the upper trapezius's 7-mm rows,
 * edges up to 11 mm) its flat triangles cut across a rounded muscle between their corners: the
 * levator scapulae's faired back reached 2.8 mm through the trapezius laid over it, on 7.5 % of its
 * vertices, though no trapezius vertex lay inside it; where the levator comes up to the superior
 * angle of the scapula, 2-5 mm under the skin, the trapezius's deep face passed round and under its
 * border. Each point of a deep facet (`facets`: the two faces' triangles, not the rims) nearer the
 * muscles than `clearMm` lifts the facet's deep corners toward their partners on the outer face
 * (vertex k and k + half the count), by the least move that takes the point that much farther (a
 * corner by its weight over the sum of the squared weights), the largest asked of a corner, until
 * it is `THINNEST_MM` under its partner: the sheet thins over a muscle that lies shallow. The
 * deep face is, of each pair, the vertex deeper under the skin (`skin`).
 */
export function deepFaceOffMuscles(
  positions: Float32Array,
  facets: Uint32Array,
  muscles: Sdf,
  clearMm: number,
  skin: Sdf,
): void {
  const count = positions.length / 3;
  const at = (k: number): Vec3 => [positions[k * 3]!, positions[k * 3 + 1]!, positions[k * 3 + 2]!];
  const partner = (k: number): number => (k + count / 2) % count;
  const deep = Array.from({ length: count }, (_, k) => {
    const [p, q] = [at(k), at(partner(k))];
    return skin(p[0], p[1], p[2]) < skin(q[0], q[1], q[2]);
  });
  // How far each deep vertex may rise, and which way: toward its partner on the outer face.
  const gap = (k: number): number => length(sub(at(partner(k)), at(k)));
  const room = Array.from({ length: count }, (_, k) => (deep[k] ? gap(k) - THINNEST_MM : 0));
  const way = Array.from({ length: count }, (_, k) => (deep[k] ? normalize(sub(at(partner(k)), at(k))) : null));
  for (let round = 0; round < ROUNDS; round++) {
    const lift = new Float64Array(count);
    for (let t = 0; t < facets.length; t += 3) {
      const corner = [facets[t]!, facets[t + 1]!, facets[t + 2]!];
      if (!corner.some((k) => deep[k] && room[k]! > 0)) continue;
      const [a, b, c] = corner.map(at) as [Vec3, Vec3, Vec3];
      const longest = Math.max(length(sub(a, b)), length(sub(b, c)), length(sub(c, a)));
      for (const w of probes(Math.max(2, Math.ceil(longest / PROBE_MM)))) {
        const p = add(add(scale(a, w[0]), scale(b, w[1])), scale(c, w[2]));
        const short = clearMm - muscles(p[0], p[1], p[2]);
        if (short <= 0) continue;
        const norm = w[0] * w[0] + w[1] * w[1] + w[2] * w[2];
        corner.forEach((k, i) => (lift[k] = Math.max(lift[k]!, (short * w[i]!) / norm)));
      }
    }
    let moved = 0;
    for (let k = 0; k < count; k++) {
      const step = Math.min(lift[k]! && lift[k]! + 0.05, room[k]!);
      if (step <= 0.01) continue;
      positions.set(add(at(k), scale(way[k]!, step)), k * 3);
      room[k] = room[k]! - step;
      moved++;
    }
    if (moved === 0) break;
  }
}
