import { lm } from './landmark-mm';
import { cross, normalize, type Vec3 } from '../../src/mapping/vec';
import { box, capsule, sphere, union, type Shape } from './sdf';

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

type Kind = 'incisor' | 'canine' | 'premolar' | 'molar';
const kinds: readonly Kind[] = ['incisor', 'incisor', 'canine', 'premolar', 'premolar', 'molar', 'molar', 'molar'];

/** Crown half-sizes [mesiodistal, cervical to occlusal, buccolingual], mm, in arch order. */
const crowns: readonly Vec3[] = [
  [4.2, 5, 2.6],
  [3.3, 4.5, 2.4],
  [3.8, 5, 3.8],
  [3.5, 3.8, 4.4],
  [3.4, 3.8, 4.4],
  [5, 3.4, 5.3],
  [4.7, 3.3, 5.1],
  [4.3, 3.1, 4.8],
];

/**
 * One crown in its own frame: `t` along the arch, `b` out toward the cheek or lip, `o` toward the
 * occlusal plane. Incisors a chisel (flat labial face, straight edge), canines a single point,
 * premolars two cusps (buccal and lingual), molars four.
 */
function crown(kind: Kind, c: Vec3, h: Vec3, t: Vec3, o: Vec3): Shape {
  const b = normalize(cross(t, o));
  const at = (dt: number, dh: number, db: number): Vec3 => [
    c[0] + t[0] * dt + o[0] * dh + b[0] * db,
    c[1] + t[1] * dt + o[1] * dh + b[1] * db,
    c[2] + t[2] * dt + o[2] * dh + b[2] * db,
  ];
  const body = box(c, [h[0], h[1] * 0.75, h[2]], Math.min(h[0], h[2]) * 0.6, t, o);
  if (kind === 'incisor')
    return union([body, box(at(0, h[1] * 0.6, 0), [h[0], h[1] * 0.5, h[2] * 0.45], 0.7, t, o)], 1);
  if (kind === 'canine') return union([body, capsule(at(0, 0, 0), at(0, h[1] * 1.15, 0), h[0] * 0.9, 0.8)], 1.5);
  const cusp = Math.min(h[0], h[2]) * 0.42;
  const tips: Vec3[] =
    kind === 'premolar'
      ? [at(0, h[1] * 0.75, h[2] * 0.45), at(0, h[1] * 0.7, -h[2] * 0.45)]
      : [-1, 1].flatMap((dt) => [-1, 1].map((db) => at(dt * h[0] * 0.45, h[1] * 0.72, db * h[2] * 0.45)));
  return union([body, ...tips.map((p) => sphere(p, cusp))], 1);
}

/** Crowns of one dental arch on both sides; the lower arch sits inside the upper (overjet). */
export function teethArch(jaw: 'upper' | 'lower'): Shape {
  const occlusal = lm('prosthion')[1] - 8;
  const lower = jaw === 'lower';
  const parts: Shape[] = [];
  upperArch.forEach(([x, z], i) => {
    const h = crowns[i]!;
    const y = lower ? occlusal - h[1] + 0.5 : occlusal + h[1] - 0.5;
    const px = lower ? x * 0.93 : x;
    const pz = lower ? z - 3 : z;
    const prev = upperArch[Math.max(0, i - 1)]!;
    const next = upperArch[Math.min(upperArch.length - 1, i + 1)]!;
    for (const s of [1, -1]) {
      const t = normalize([s * (next[0] - prev[0]), 0, next[1] - prev[1]]);
      parts.push(crown(kinds[i]!, [s * px, y, pz], h, t, [0, lower ? 1 : -1, 0]));
    }
  });
  return union(parts);
}
