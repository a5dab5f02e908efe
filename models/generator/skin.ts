import { smoothstep } from '../../src/mapping/vec';
import { lm, lmSide, sided } from './landmark-mm';
import { clavicleShape } from './girdle';
import { ear } from './ear';
import { faceSoftTissue } from './face';
import { vault } from './skull';
import { bilateral, capsule, ellipsoid, intersect, offset, subtract, union, type Shape } from './sdf';

/** How far into the chest's cut the skin rounds off, mm (see skinShape). */
const FLOOR_ROUNDING_MM = 20;

/** Scalp over the vault: skin head length 199.5 mm over a bony 188 (ANSUR II vs craniometry). */
const SCALP_MM = 6;

/** The scalp follows the vault at one thickness, a little more over the temporalis. */
function scalp(): Shape {
  const cap = union([offset(vault(), SCALP_MM), bilateral((s) => ellipsoid(sided([58, 28, 18], s), [16, 34, 40]))], 10);
  // Below the brow and in front of the ears the face takes over: there the vault's curve sinks
  // away smoothly (a hard cut would leave flat facets in the orbits).
  const brow = lm('glabella')[1] - 10;
  return {
    c: cap.c,
    r: cap.r,
    f: (x, y, z) => cap.f(x, y, z) + 14 * smoothstep(brow + 4, brow - 26, y) * smoothstep(36, 62, z),
  };
}

function neckAndShoulders(): Shape {
  const c7 = lm('cervicale');
  const jn = lm('jugular-notch');
  return union(
    [
      // The neck leans forward from its base to the skull.
      capsule([0, -40, -6], [0, c7[1] - 10, -10], 53, 59),
      ellipsoid([0, -112, 44], [12, 14, 10]),
      // The nape: the extensor mass fills the back of the neck out to the occiput.
      ellipsoid([0, -62, -44], [46, 52, 34]),
      // Floor of the mouth under the chin (digastric, mylohyoid).
      ellipsoid([0, -98, 54], [30, 11, 26]),
      // Upper back over the scapulae and trapezius.
      ellipsoid([0, -178, -40], [112, 62, 48]),
      // Supraspinatus and the trapezius over the spine of the scapula, behind the shoulder.
      bilateral((s) => ellipsoid(sided([120, -158, -48], s), [60, 28, 28])),
      bilateral((s) => {
        const ac = lmSide('acromion', s);
        return capsule(sided([40, c7[1] - 20, -18], s), [ac[0] + s * 8, ac[1] - 12, ac[2]], 40, 28);
      }),
      // Upper chest: thin over the manubrium, so the jugular notch can be felt as in life.
      ellipsoid([0, jn[1] - 62, -20], [168, 100, 76]),
      // The clavicles show under the skin of the upper chest.
      offset(clavicleShape(1), 6),
      offset(clavicleShape(-1), 6),
    ],
    34,
  );
}

/**
 * The skin of the head, neck and shoulders, cut flat across the upper chest. Muscles are laid
 * under the skin without the ears, so a sheet hugging the skin is never drawn into a lobule.
 */
export function skinShape(withEars = true): Shape {
  const jn = lm('jugular-notch');
  // The suprasternal fossa between the sternal heads of the SCMs, where the notch is felt.
  const fossa = ellipsoid([0, jn[1] + 6, jn[2] + 22], [22, 18, 12]);
  const head = union([scalp(), faceSoftTissue(), subtract(neckAndShoulders(), fossa, 14)], 9);
  const body = withEars ? union([head, bilateral(ear)], 5) : head;
  const floor = jn[1] - 60;
  // Rounded over 20 mm into the cut: rounded over 6, the rim turned through 90 degrees within a
  // few of the mesh's 2 mm edges, and 468 of them bent more than 20 degrees (now 21).
  return intersect(body, { c: [0, 0, 0], r: 400, f: (_x, y) => floor - y }, FLOOR_ROUNDING_MM);
}
