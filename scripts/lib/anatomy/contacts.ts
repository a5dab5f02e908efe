import { Vector3 } from 'three';
import { vertexAt, type MeasureMesh, type Spatial } from './mesh';

/** How deep a muscle's sampled vertices lie inside other solids (targets check 5). */
export interface Penetration {
  /** Share of the sampled vertices more than `tolerance` inside one of the others. */
  readonly share: number;
  /** Deepest sampled vertex, mm (0 when none is inside). */
  readonly maxDepth: number;
  /** The solid the deepest vertex lies in. */
  readonly deepestIn: string | null;
}

export function penetration(
  m: MeasureMesh,
  samples: readonly number[],
  others: readonly Spatial[],
  tolerance = 0.1,
): Penetration {
  let inside = 0;
  let maxDepth = 0;
  let deepestIn: string | null = null;
  const p = new Vector3();
  for (const i of samples) {
    vertexAt(m, i, p);
    let depth = 0;
    for (const o of others) {
      const d = o.depthInside(p);
      if (d > depth) {
        depth = d;
        if (d > maxDepth) deepestIn = o.mesh.name;
      }
    }
    if (depth > tolerance) inside++;
    maxDepth = Math.max(maxDepth, depth);
  }
  return { share: samples.length ? inside / samples.length : 0, maxDepth, deepestIn };
}

/** Sampled vertices outside a closed envelope (the skin): how many and how far out, mm. */
export function outside(
  m: MeasureMesh,
  samples: readonly number[],
  envelope: Spatial,
  tolerance = 0.1,
): { count: number; maxDistance: number } {
  let count = 0;
  let maxDistance = 0;
  const p = new Vector3();
  for (const i of samples) {
    vertexAt(m, i, p);
    if (envelope.contains(p)) continue;
    const d = envelope.distance(p);
    if (d > tolerance) count++;
    maxDistance = Math.max(maxDistance, d);
  }
  return { count, maxDistance };
}

/** How a muscle rests on its neighbours (targets check 6). */
export interface Contact {
  /** Share of sampled vertices within `near` mm of a neighbour (bone or another muscle). */
  readonly touching: number;
  /** Share more than `far` mm from everything (neighbours, skin and any other structure). */
  readonly floating: number;
}

export function contact(
  m: MeasureMesh,
  samples: readonly number[],
  neighbours: readonly Spatial[],
  everything: readonly Spatial[],
  near = 2,
  far = 3,
): Contact {
  let touching = 0;
  let floating = 0;
  const p = new Vector3();
  for (const i of samples) {
    vertexAt(m, i, p);
    if (neighbours.some((o) => o.distance(p, near) <= near)) touching++;
    else if (!everything.some((o) => o.distance(p, far) <= far)) floating++;
  }
  const n = Math.max(1, samples.length);
  return { touching: touching / n, floating: floating / n };
}
