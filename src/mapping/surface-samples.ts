import { HEAD_CENTRE, NECK_AXIS, surfaceFramePoint } from './surface-frame';
import type { Vec3 } from './types';

/**
 * An even spread of points over the head and neck, about 6 mm apart, used to measure areas: a
 * pain drawing is answered from the samples it paints, and a quiz grades a painted answer on
 * them. A Fibonacci spiral over the cranial sphere and rings down the neck. Points are
 * model-space positions on the surface frame, so the zone functions answer them directly.
 */
function buildSamples(): Vec3[] {
  const out: Vec3[] = [];
  const n = 3000;
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n;
    const r = Math.sqrt(1 - y * y);
    const d: Vec3 = [Math.cos(golden * i) * r, y, Math.sin(golden * i) * r];
    // Keep the upper hemisphere about the neck axis; the neck rings cover the rest.
    if (d[0] * NECK_AXIS[0] + d[1] * NECK_AXIS[1] + d[2] * NECK_AXIS[2] > 0) continue;
    out.push(
      surfaceFramePoint([HEAD_CENTRE[0] + d[0] * 0.1, HEAD_CENTRE[1] + d[1] * 0.1, HEAD_CENTRE[2] + d[2] * 0.1]),
    );
  }
  for (let along = 0.006; along <= 0.16; along += 0.006) {
    for (let k = 0; k < 60; k++) {
      const a = (2 * Math.PI * k) / 60;
      const base: Vec3 = [
        HEAD_CENTRE[0] + NECK_AXIS[0] * along,
        HEAD_CENTRE[1] + NECK_AXIS[1] * along,
        HEAD_CENTRE[2] + NECK_AXIS[2] * along,
      ];
      out.push(surfaceFramePoint([base[0] + Math.sin(a) * 0.06, base[1], base[2] + Math.cos(a) * 0.06]));
    }
  }
  return out;
}

let cache: Vec3[] | null = null;

export function surfaceSamples(): readonly Vec3[] {
  cache ??= buildSamples();
  return cache;
}
