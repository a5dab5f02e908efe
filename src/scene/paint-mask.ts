import { brushWeight, mmToM, paintAfterDab, type PainDab, type PainStroke, type Vec3 } from '../mapping';
import type { Surface } from './prepare-model';

/** Paints one dab onto a surface's vertices with the mapping's soft brush, the one that answers the drawing. */
export function applyDab(surface: Surface, dab: PainDab, erase: boolean): void {
  const r = mmToM(dab.radiusMm);
  const [cx, cy, cz] = dab.at;
  const pos = surface.positions;
  const paint = surface.paint.array as Float32Array;
  const r2 = r * r;
  for (let i = 0, n = paint.length; i < n; i++) {
    const dx = pos[i * 3]! - cx;
    const dy = pos[i * 3 + 1]! - cy;
    const dz = pos[i * 3 + 2]! - cz;
    const d2 = dx * dx + dy * dy + dz * dz;
    if (d2 >= r2) continue;
    paint[i] = paintAfterDab(paint[i]!, brushWeight(Math.sqrt(d2), r), erase);
  }
  surface.paint.needsUpdate = true;
}

export function clearPaint(surface: Surface): void {
  (surface.paint.array as Float32Array).fill(0);
  surface.paint.needsUpdate = true;
}

/** How many dabs of `next` were already applied when `applied` was drawn, or -1 to start over. */
export function appliedPrefix(applied: readonly PainStroke[], next: readonly PainStroke[]): number {
  if (next.length < applied.length) return -1;
  let count = 0;
  for (let i = 0; i < applied.length; i++) {
    const a = applied[i]!;
    const b = next[i]!;
    if (a !== b) {
      const last = a.dabs.length - 1;
      if (i !== applied.length - 1 || b.dabs.length < a.dabs.length || (last >= 0 && a.dabs[last] !== b.dabs[last]))
        return -1;
    }
    count += a.dabs.length;
  }
  return count;
}

/** The surface vertex nearest to `p`: puts a marker given in the mapping's frame onto the visible head. */
export function nearestSurfacePoint(surfaces: readonly Surface[], p: Vec3): Vec3 {
  let best: Vec3 = p;
  let bestD = Infinity;
  for (const s of surfaces) {
    const pos = s.positions;
    for (let i = 0; i < pos.length; i += 3) {
      const dx = pos[i]! - p[0];
      const dy = pos[i + 1]! - p[1];
      const dz = pos[i + 2]! - p[2];
      const d = dx * dx + dy * dy + dz * dz;
      if (d < bestD) [bestD, best] = [d, [pos[i]!, pos[i + 1]!, pos[i + 2]!]];
    }
  }
  return best;
}
