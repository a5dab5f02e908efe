import { lm } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import { ellipsoid, union, type Shape } from './sdf';

/**
 * The upper dental arch (left half), central incisor to third molar, as [x, z] mm relative to
 * the midline and porion plane; a parabola fitted from prosthion back to the tuberosity.
 */
export const upperArch: readonly (readonly [number, number])[] = [
  [4, 85],
  [11, 81],
  [17, 75],
  [21, 68],
  [24, 61],
  [27, 52],
  [29, 43],
  [30, 35],
];

/** Crown half-sizes [mediolateral, vertical, anteroposterior]: incisors, canine, premolars, molars. */
const crowns: readonly Vec3[] = [
  [4, 5, 2.5],
  [3.2, 4.5, 2.5],
  [3.6, 5.5, 3.6],
  [3.5, 4, 3.6],
  [3.5, 4, 3.6],
  [5, 3.5, 5],
  [4.8, 3.5, 4.8],
  [4.4, 3.2, 4.2],
];

/** Crowns of one dental arch on both sides; the lower arch sits inside the upper (overjet). */
export function teethArch(jaw: 'upper' | 'lower'): Shape {
  const occlusal = lm('prosthion')[1] - 8;
  const parts: Shape[] = [];
  upperArch.forEach(([x, z], i) => {
    const h = crowns[i]!;
    const lower = jaw === 'lower';
    const y = lower ? occlusal - h[1]! + 0.5 : occlusal + h[1]! - 0.5;
    const px = lower ? x * 0.93 : x;
    const pz = lower ? z - 3 : z;
    for (const s of [1, -1]) parts.push(ellipsoid([s * px, y, pz], h));
  });
  return union(parts);
}
