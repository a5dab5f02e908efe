import { lm, lmSide, sided } from './landmark-mm';
import { clavicleShape } from './girdle';
import { half as mandibleHalf } from './mandible';
import { face as facialSkeleton, vault } from './skull';
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
} from './sdf';

/** Scalp over the vault: skin head length 199.5 mm over a bony 188 (ANSUR II vs craniometry). */
const SCALP_MM = 6;

/** The scalp follows the vault at one thickness, a little more over the temporalis. */
function scalp(): Shape {
  const cap = union([offset(vault(), SCALP_MM), bilateral((s) => ellipsoid(sided([58, 28, 18], s), [16, 34, 40]))], 10);
  // Below the brow and in front of the ears the face takes over: there the vault's curve sinks
  // away smoothly (a hard cut would leave flat facets in the orbits).
  const brow = lm('glabella')[1] - 10;
  const ramp = (a: number, b: number, v: number): number => {
    const t = Math.min(1, Math.max(0, (v - a) / (b - a)));
    return t * t * (3 - 2 * t);
  };
  return { c: cap.c, r: cap.r, f: (x, y, z) => cap.f(x, y, z) + 14 * ramp(brow + 4, brow - 26, y) * ramp(36, 62, z) };
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
      bilateral((s) => ellipsoid(sided([33, 16, 83], s), [16, 12, 9])),
      // Cheeks over the zygomatic bones; masseter and parotid over the ramus.
      bilateral((s) => ellipsoid(sided([42, -14, 62], s), [18, 22, 18])),
      bilateral((s) => ellipsoid(sided([54, -32, 28], s), [14, 28, 24])),
      // Nose: bridge, tip and alae.
      capsule([0, n[1] - 2, n[2] + 6], [0, tip[1] + 3, tip[2] - 5], 5.5, 7),
      ellipsoid([0, tip[1] + 1, tip[2] - 3], [8, 7, 7.5]),
      // Base of the nose and columella, joining the tip to the upper lip.
      capsule([0, tip[1] - 6, tip[2] - 24], [0, tip[1] - 2, tip[2] - 4], 8, 5),
      bilateral((s) => ellipsoid(sided([11, tip[1] - 4, tip[2] - 12], s), [6, 5.5, 7])),
      // Lips and chin.
      tube([sided([24, mouthY + 2, 92], 1), [0, mouthY + 5, 106], sided([24, mouthY + 2, 92], -1)], 5.5),
      tube([sided([22, mouthY - 2, 92], 1), [0, mouthY - 7, 104], sided([22, mouthY - 2, 92], -1)], 6),
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
      // The nape: the extensor mass fills the back of the neck out to the occiput.
      ellipsoid([0, -62, -44], [46, 52, 34]),
      // Floor of the mouth under the chin (digastric, mylohyoid).
      ellipsoid([0, -98, 54], [30, 11, 26]),
      // Upper back over the scapulae and trapezius.
      ellipsoid([0, -178, -40], [112, 62, 48]),
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
