import { lm, lmSide, sided } from './landmark-mm';
import { clavicleShape } from './girdle';
import { half as mandibleHalf } from './mandible';
import { face as facialSkeleton } from './skull';
import {
  bilateral,
  capsule,
  ellipsoid,
  intersect,
  offset,
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
      const shear = 18 * Math.max(0, (y - cy) / ry);
      // A slightly squarer horizontal section than an ellipse, as heads are.
      const p = 2.25;
      const h = Math.pow(Math.pow(Math.abs(x / bx), p) + Math.pow(Math.abs((z - cz + shear) / rz), p), 1 / p);
      return (hypot(h, (y - cy) / ry) - 1) * Math.min(bx, ry, rz);
    },
  };
}

/** Soft tissue over the facial skeleton and jaw, with the features a patient knows. */
function face(): Shape {
  const n = lm('nasion');
  const pr = lm('prosthion');
  const me = lm('menton');
  const tip: V3 = [0, n[1] - 38, n[2] + 29];
  const mouthY = pr[1] - 7;
  return union(
    [
      offset(facialSkeleton(), 7),
      offset(union([mandibleHalf(1), mandibleHalf(-1)], 3), 7),
      // Brow and the closed eyelids filling the orbits.
      bilateral((s) => capsule(sided([6, 38, 95], s), sided([46, 32, 80], s), 7, 5)),
      bilateral((s) => ellipsoid(sided([33, 15, 80], s), [16, 11, 9])),
      // Cheeks over the zygomatic bones; masseter and parotid over the ramus.
      bilateral((s) => ellipsoid(sided([42, -14, 62], s), [18, 22, 18])),
      bilateral((s) => ellipsoid(sided([54, -32, 28], s), [14, 28, 24])),
      // Nose: bridge, tip and alae.
      capsule([0, n[1] - 2, n[2] + 6], tip, 5.5, 8.5),
      bilateral((s) => ellipsoid(sided([12, tip[1] - 4, tip[2] - 12], s), [7, 6.5, 8])),
      // Lips and chin.
      tube([sided([24, mouthY + 2, 90], 1), [0, mouthY + 5, 104], sided([24, mouthY + 2, 90], -1)], 5),
      tube([sided([22, mouthY - 2, 90], 1), [0, mouthY - 7, 102], sided([22, mouthY - 2, 90], -1)], 5.5),
      ellipsoid([0, me[1] + 9, me[2] + 12], [17, 12, 9]),
    ],
    6,
  );
}

function ears(): Shape {
  return bilateral((s) => {
    const po = lmSide('porion', s);
    const centre: V3 = [po[0] + s * 23, po[1] + 6, po[2] - 14];
    const pinna = ellipsoid(centre, [4.5, 31, 17]);
    const concha = ellipsoid([centre[0] + s * 5, centre[1] - 7, centre[2] + 3], [4, 10, 8]);
    const root = ellipsoid([po[0] + s * 14, po[1] + 2, po[2] - 8], [9, 16, 10]);
    return union([subtract(pinna, concha, 2), root], 4);
  });
}

function neckAndShoulders(): Shape {
  const c7 = lm('cervicale');
  const jn = lm('jugular-notch');
  return union(
    [
      // The neck leans forward from its base to the skull.
      capsule([0, -40, -6], [0, c7[1] - 10, -10], 54, 60),
      ellipsoid([0, -112, 44], [12, 14, 10]),
      bilateral((s) => {
        const ac = lmSide('acromion', s);
        return capsule(sided([40, c7[1] - 20, -18], s), [ac[0] + s * 8, ac[1] - 12, ac[2]], 40, 28);
      }),
      ellipsoid([0, jn[1] - 62, -10], [168, 100, 96]),
      // The clavicles show under the skin of the upper chest.
      offset(clavicleShape(1), 6),
      offset(clavicleShape(-1), 6),
    ],
    34,
  );
}

/** The skin of the head, neck and shoulders, cut flat across the upper chest. */
export function skinShape(): Shape {
  const body = union([union([scalp(), face(), neckAndShoulders()], 9), ears()], 3);
  const floor = lm('jugular-notch')[1] - 60;
  return intersect(body, { c: [0, 0, 0], r: 400, f: (_x, y) => floor - y }, 6);
}
