import { lmSide } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import { ellipsoid, subtract, tube, union, type Shape } from './sdf';

/**
 * The external ear behind the porion: a rolled helix round the upper and back edge, the concha
 * hollowed inside it, tragus and lobule; its back edge stands away from the head.
 *
 * Its parts are rounded for the skin's 2 mm mesh: a 10-mm plate (7 before), a 3.4-mm helix
 * (2.6), 4-6 mm blends (2-4) and 5 mm into the head (3, skin.ts). Thinner and sharper, the ears
 * held 1,594 of the skin's 2,588 edges bent more than 20 degrees, on the plate's rims and the
 * helix; now 1,248 (the targets ask at most 3 % of the skin's edges; with the rounding of the
 * chest's cut, skin.ts, 4.3 % -> 3.0 %).
 */
export function ear(s: 1 | -1): Shape {
  const po = lmSide('porion', s);
  const [cx, cy, cz]: Vec3 = [po[0] + s * 22, po[1] + 6, po[2] - 14];
  const helix: Vec3[] = [];
  for (let deg = 60; deg <= 250; deg += 19) {
    const t = (deg * Math.PI) / 180;
    helix.push([cx + s * 0.5, cy + 27.5 * Math.sin(t), cz + 15 * Math.cos(t)]);
  }
  let pinna = union(
    [
      ellipsoid([cx, cy, cz], [5, 30, 17]),
      tube(helix, 3.4),
      ellipsoid([cx, cy - 24, cz + 1], [3.5, 7.5, 7]),
      ellipsoid([cx - s, cy - 6, cz + 12], [3, 5, 3]),
    ],
    4,
  );
  pinna = subtract(pinna, ellipsoid([cx + s * 5, cy - 6, cz + 3], [4, 10, 8]), 4);
  // Sheared so the back of the pinna stands about 5 mm further out than its front.
  const tilted: Shape = {
    c: pinna.c,
    r: pinna.r + 6,
    f: (x, y, z) => pinna.f(x - s * 0.3 * Math.max(0, cz + 17 - z), y, z),
  };
  const root = ellipsoid([po[0] + s * 14, po[1] + 2, po[2] - 8], [9, 16, 10]);
  return union([tilted, root], 6);
}
