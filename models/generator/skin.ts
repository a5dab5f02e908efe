import { lm, lmSide, sided } from './landmark-mm';
import {
  bilateral,
  capsule,
  ellipsoid,
  intersect,
  subtract,
  tube,
  union,
  type Shape,
  type V3,
  hypot,
} from './sdf';

/** Scalp over the vault: skin head length 199.5 mm over a bony 188 (ANSUR II vs craniometry). */
const SCALP_MM = 6;

function scalp(): Shape {
  const g = lm('glabella');
  const op = lm('opisthocranion');
  const v = lm('vertex');
  const eu = lmSide('euryon', 1);
  const cz = (g[2] + op[2]) / 2;
  const rz = (g[2] - op[2]) / 2 + SCALP_MM;
  const cy = 36;
  const ry = v[1] - cy + SCALP_MM;
  const rx = eu[0] + SCALP_MM + 1;
  return {
    c: [0, cy, cz],
    r: Math.max(rx, ry, rz),
    f: (x, y, z) => {
      const front = Math.min(1, Math.max(0, (z - cz) / rz));
      const bx = rx * (1 - 0.17 * front * front);
      // A slightly squarer horizontal section than an ellipse, as heads are.
      const p = 2.25;
      const h = Math.pow(Math.pow(Math.abs(x / bx), p) + Math.pow(Math.abs((z - cz) / rz), p), 1 / p);
      return (hypot(h, (y - cy) / ry) - 1) * Math.min(bx, ry, rz);
    },
  };
}

function face(): Shape {
  const n = lm('nasion');
  const pr = lm('prosthion');
  const me = lm('menton');
  const go = lmSide('gonion', 1);
  const tip: V3 = [0, n[1] - 38, n[2] + 29];
  const mouthY = pr[1] - 7;
  return union(
    [
      ellipsoid([0, -14, 52], [54, 50, 42]),
      // Brow ridge and the closed eyelids in front of the orbits.
      bilateral((s) => capsule(sided([6, 38, 100], s), sided([46, 32, 84], s), 7, 5)),
      bilateral((s) => ellipsoid(sided([33, 16, 83], s), [15, 10, 8])),
      // Cheeks over the zygomatic bones and the corners of the jaw.
      bilateral((s) => ellipsoid(sided([44, -12, 66], s), [16, 22, 18])),
      bilateral((s) => tube([[s * (go[0] + 4), go[1] - 2, go[2] - 2], sided([44, -74, 34], s), sided([30, -90, 66], s)], 9)),
      // Nose: bridge, tip and alae.
      capsule([0, n[1] - 2, n[2] + 6], tip, 6, 9),
      bilateral((s) => ellipsoid(sided([13, tip[1] - 4, tip[2] - 14], s), [8, 7, 8])),
      // Lips and chin.
      tube([sided([24, mouthY + 2, 88], 1), [0, mouthY + 5, 103], sided([24, mouthY + 2, 88], -1)], 5),
      tube([sided([22, mouthY - 2, 88], 1), [0, mouthY - 7, 101], sided([22, mouthY - 2, 88], -1)], 5.5),
      ellipsoid([0, me[1] + 8, me[2] + 11], [18, 13, 10]),
    ],
    7,
  );
}

function ears(): Shape {
  return bilateral((s) => {
    const po = lmSide('porion', s);
    const centre: V3 = [po[0] + s * 14, po[1] + 8, po[2] - 12];
    const pinna = ellipsoid(centre, [5, 31, 17]);
    const concha = ellipsoid([centre[0] + s * 6, centre[1] - 8, centre[2] + 3], [5, 11, 8]);
    const root = ellipsoid([po[0] + s * 6, po[1] + 2, po[2] - 6], [8, 20, 12]);
    return union([subtract(pinna, concha, 2), root], 5);
  });
}

function neckAndShoulders(): Shape {
  const c7 = lm('cervicale');
  const jn = lm('jugular-notch');
  return union(
    [
      // The neck leans forward from its base to the skull.
      capsule([0, -40, -4], [0, c7[1] - 10, -8], 58, 62),
      ellipsoid([0, -112, 44], [12, 14, 10]),
      bilateral((s) => {
        const ac = lmSide('acromion', s);
        return capsule(sided([40, c7[1] - 20, -18], s), [ac[0] + s * 8, ac[1] - 12, ac[2]], 40, 28);
      }),
      ellipsoid([0, jn[1] - 60, -12], [165, 90, 82]),
    ],
    34,
  );
}

/** The skin of the head, neck and shoulders, cut flat across the upper chest. */
export function skinShape(): Shape {
  const body = union([scalp(), face(), ears(), neckAndShoulders()], 9);
  const floor = lm('jugular-notch')[1] - 60;
  return intersect(body, { c: [0, 0, 0], r: 400, f: (_x, y) => floor - y }, 6);
}
