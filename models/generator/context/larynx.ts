import type { Vec3 } from '../../../src/mapping/vec';
import { lm } from '../landmark-mm';
import { capsule, ellipsoid, intersect, ribbon, subtract, tube, union, type Shape } from '../sdf';
import { torus } from './parts';

/**
 * The larynx and trachea, hung from the hyoid (the front of its body is the `hyoid` landmark):
 * adult male sizes from Gray's. The thyroid cartilage's two laminae meet in front at about 85
 * degrees (the laryngeal prominence, about 12 mm below the hyoid, across a thyrohyoid membrane
 * of about 8 mm) and are 44 mm apart at their posterior borders; the cricoid ring lies below it,
 * low in front (arch 6 mm) and tall behind (lamina 20 mm); the trachea, 20 mm across, runs down
 * and back from the cricoid to behind the jugular notch, its cartilage rings open behind.
 */

/** Model mm: the airway's axis from the cricoid down to the thoracic inlet. */
export function airwayAxis(): Vec3[] {
  const h = lm('hyoid');
  const top = h[2] - 18;
  return [
    [0, h[1] - 41, top],
    [0, h[1] - 72, top - 18],
    [0, h[1] - 88, top - 25],
  ];
}

/** The prominence: where the laminae meet at the thyroid's upper border, in front. */
export function prominence(): Vec3 {
  const h = lm('hyoid');
  return [0, h[1] - 12, h[2] + 2];
}

export function thyroidCartilage(): Shape {
  const p = prominence();
  const [, y, z] = p;
  const lamina = (s: 1 | -1): Shape => {
    // From the midline angle back to the posterior border: upper edge (notch to superior
    // horn base) and lower edge (with the inferior tubercle), 2.8 mm thick.
    const upper: Vec3[] = [
      [0, y + 0.5, z],
      [s * 8, y + 2, z - 9],
      [s * 15, y + 4, z - 17],
      [s * 22, y + 5, z - 24],
    ];
    const lower: Vec3[] = [
      [0, y - 19, z - 3],
      [s * 8, y - 18, z - 11],
      [s * 15, y - 17, z - 18.5],
      [s * 22, y - 20, z - 24.5],
    ];
    return union([
      ribbon(lower, upper, 1.4),
      // Superior horn up toward the tip of the hyoid's greater horn, inferior horn down to the
      // cricoid's side (the cricothyroid joint).
      tube(
        [
          [s * 22, y + 4, z - 24],
          [s * 22, y + 11, z - 26],
          [s * 21.5, y + 15, z - 27],
        ],
        [1.8, 1.5, 1.4],
      ),
      capsule([s * 22, y - 19, z - 24.5], [s * 13.5, y - 27.5, z - 22], 1.8, 1.5),
    ]);
  };
  const both = union([lamina(1), lamina(-1)], 1.5);
  // The superior thyroid notch: the V above the prominence.
  return subtract(both, ellipsoid([0, y + 4, z], [4.5, 5, 6]), 1);
}

export function cricoidCartilage(): Shape {
  const [top] = airwayAxis();
  const c: Vec3 = [0, top![1] + 4, top![2]];
  const front = c[1] + 2;
  const back = c[1] + 20;
  // Signet ring: a low arch in front, a tall lamina behind, rising smoothly between.
  const height: Shape = {
    c,
    r: 30,
    f: (_x, yy, zz) => {
      const t = Math.min(1, Math.max(0, (c[2] - zz) / 21 + 0.5));
      const roof = front + (back - front) * t * t;
      return Math.max(yy - roof, c[1] - 4 - yy);
    },
  };
  const wall: Shape = { c, r: 30, f: (x, yy, zz) => Math.abs(Math.hypot(x - c[0], zz - c[2]) - 10.5) - 2.2 };
  return intersect(wall, height, 1);
}

/** The trachea: a tube 20 mm across, with C-shaped cartilage rings every 4 mm, flat behind. */
export function trachea(): Shape {
  const axis = airwayAxis();
  const [a, b, c] = axis as [Vec3, Vec3, Vec3];
  const start: Vec3 = [a[0], a[1] - 2, a[2]];
  const body = tube([start, b, c], 8.6);
  const rings: Shape[] = [];
  const along = (p: Vec3, q: Vec3, n: number) => {
    for (let i = 0; i < n; i++) {
      const t = (i + 0.5) / n;
      const ctr: Vec3 = [0, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t];
      rings.push(torus(ctr, [0, q[1] - p[1], q[2] - p[2]], 8.6, 1.4));
    }
  };
  along(start, b, 8);
  along(b, c, 4);
  // The membranous back wall: the rings stop 4 mm behind the axis, the tube is flat 7 mm behind.
  const axisZ = (y: number): number => axisDepth(axis, y);
  const ringsFront: Shape = { c: b, r: 80, f: (_x, y, z) => axisZ(y) - 4 - z };
  const back: Shape = { c: b, r: 80, f: (_x, y, z) => z - (axisZ(y) - 7) };
  return subtract(union([body, intersect(union(rings), ringsFront, 1)], 1), back, 1);
}

/** z of the airway's axis at height y (linear between its points, constant beyond). */
function axisDepth(axis: readonly Vec3[], y: number): number {
  for (let i = 0; i + 1 < axis.length; i++) {
    const p = axis[i]!;
    const q = axis[i + 1]!;
    if (y <= p[1] && y >= q[1]) return p[2] + ((q[2] - p[2]) * (p[1] - y)) / (p[1] - q[1]);
  }
  return y > axis[0]![1] ? axis[0]![2] : axis[axis.length - 1]![2];
}
