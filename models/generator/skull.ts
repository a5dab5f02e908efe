import { lm, lmSide, sided } from './landmark-mm';
import { hypot, smoothstep, type Vec3 } from '../../src/mapping/vec';
import {
  bilateral,
  capsule,
  ellipsoid,
  intersect,
  onSurface,
  polygonPlate,
  smin,
  sphere,
  subtract,
  tube,
  union,
  type Shape,
} from './sdf';
import { smoothPath } from './curves';
import { teethArch, upperArch } from './teeth';

/** How far the highest point of the vault lies behind the middle of its length. */
const VERTEX_BEHIND_MM = 18;

/**
 * The cranial vault: an ovoid fuller behind than in front (parietal eminences) and flattened
 * at the temples, fitted to glabella, opisthocranion, euryon and vertex.
 */
export function vault(): Shape {
  const g = lm('glabella');
  const op = lm('opisthocranion');
  const v = lm('vertex');
  const eu = lmSide('euryon', 1);
  const cz = (g[2] + op[2]) / 2;
  const rz = (g[2] - op[2]) / 2;
  const cy = 36;
  const ry = v[1] - cy;
  const rx = eu[0];
  return {
    c: [0, cy, cz],
    r: Math.max(rx, ry, rz),
    f: (x, y, z) => {
      // Narrower forehead and temples: the breadth shrinks toward the front and the base.
      const front = Math.min(1, Math.max(0, (z - cz) / rz));
      const low = Math.min(1, Math.max(0, (cy + 10 - y) / ry));
      const bx = rx * (1 - 0.08 * front * front - 0.12 * low);
      // The crown peaks behind bregma (at the vertex): shear the top of the vault backward.
      const shear = VERTEX_BEHIND_MM * Math.max(0, (y - cy) / ry) ** 3;
      // Squarer than an ellipse in plan: a broad forehead and full parieto-occipital corners.
      const p = 2.5;
      const h = Math.pow(Math.abs(x / bx) ** p + Math.abs((z - cz + shear) / rz) ** p, 1 / p);
      const q = hypot(h, (y - cy) / ry);
      return (q - 1) * Math.min(bx, ry, rz);
    },
  };
}

/** Width, mm, over which the occipital squama turns into the floor of the base. */
const BASE_BLEND_MM = 8;

/** The cranial base: occipital squama sloping from inion to opisthion, a flat middle fossa floor. */
function basePlane(): Shape {
  const inion = lm('inion');
  const op = lm('opisthion');
  const slope = (inion[1] - op[1]) / (inion[2] - op[2]);
  return {
    c: [0, 40, 0],
    r: 200,
    f: (x, y, z) => {
      const occipital = op[1] + 2 + slope * (z - op[2]);
      // The infratemporal surface lies higher than the middle of the base; blend, don't step.
      const lateral = -16 + 11 * smoothstep(28, 40, Math.abs(x)) * smoothstep(-16, -8, z) * (1 - smoothstep(48, 56, z));
      // Blended, not switched: a step here left a ledge round the back of the foramen magnum.
      const behind = 1 - smoothstep(op[2] - BASE_BLEND_MM, op[2] + BASE_BLEND_MM, z);
      const floor = lateral + (-smin(-occipital, 16, BASE_BLEND_MM) - lateral) * behind;
      return floor - y;
    },
  };
}

/** Maxilla, nasal bones, zygomatic bones and pterygoid plates: the facial skeleton below the brow. */
export function face(): Shape {
  const n = lm('nasion');
  const pr = lm('prosthion');
  const parts: Shape[] = [
    ellipsoid([0, -8, 56], [44, 34, 34]),
    // Nasal bones, a narrow roof from nasion down and forward.
    // Nasion is the surface of the nasal root, so the bones' axis lies behind it.
    capsule([n[0], n[1], n[2] - 4], [0, 4, n[2] + 6], 4.5, 3),
    // Alveolar process of the maxilla carrying the upper teeth.
    tube(
      upperArch.map(([x, z], i) => [x + 1, pr[1] + 4 + i * 0.8, z - 3] as Vec3),
      9,
    ),
    tube(
      upperArch.map(([x, z], i) => [-x - 1, pr[1] + 4 + i * 0.8, z - 3] as Vec3),
      9,
    ),
    bilateral((s) => zygomatic(s)),
    bilateral((s) => pterygoidPlates(s)),
  ];
  return union(parts, 6);
}

function zygomatic(s: 1 | -1): Shape {
  const zy = lmSide('zygion', s);
  const cond = lmSide('condylion', s);
  const lateralOrbit = sided([44, 24, 72], s);
  return union(
    [
      ellipsoid(sided([48, -2, 62], s), [10, 13, 10]),
      capsule(sided([47, 4, 66], s), lateralOrbit, 5, 4),
      // Zygomatic arch: from the cheek bone back to the articular tubercle in front of the condyle.
      tube(
        [sided([52, -3, 56], s), [zy[0] - s * 3, zy[1], zy[2]], [cond[0] + s * 3, cond[1] + 5, cond[2] + 8]],
        [4.5, 3, 3.5],
      ),
    ],
    4,
  );
}

/**
 * Pterygoid plates hanging from the sphenoid behind the maxilla: the broad lateral plate, its
 * outer face the lateral pterygoid's lower head and its inner face the medial pterygoid's origin,
 * flaring out backward; the narrow medial plate ending below in the hamulus. Corners, left side.
 */
const LATERAL_PTERYGOID_PLATE: readonly Vec3[] = [
  [15, -14, 33],
  [19, -14, 21],
  [25, -37, 22],
  [19, -41, 31],
];
const MEDIAL_PTERYGOID_PLATE: readonly Vec3[] = [
  [9, -14, 32],
  [10, -14, 22],
  [10, -37, 24],
  [10, -40, 30],
];

function pterygoidPlates(s: 1 | -1): Shape {
  return union(
    [
      polygonPlate(
        LATERAL_PTERYGOID_PLATE.map((p) => sided(p, s)),
        1.9,
      ),
      polygonPlate(
        MEDIAL_PTERYGOID_PLATE.map((p) => sided(p, s)),
        1.7,
      ),
      capsule(sided([10, -39, 28], s), sided([12, -45, 29], s), 1.8, 1.4),
    ],
    1.5,
  );
}

/**
 * The sutures of the vault, as shallow grooves: coronal (across bregma), sagittal (bregma to
 * lambda), lambdoid (lambda to asterion) and squamous (the arch of the temporal squama from
 * pterion back toward asterion). Points on the left side; the midline ones are mirrored too.
 */
const SUTURE_GROOVE_MM = { radius: 1, lift: 0.35 };

function sutures(body: Shape): Shape {
  const br = lm('bregma');
  const la = lm('lambda');
  const pt = lmSide('pterion', 1);
  const as = lmSide('asterion', 1);
  const v = lm('vertex');
  const lines: Vec3[][] = [
    [pt, [50, 72, 32], [34, 100, 24], br],
    [br, v, [0, 108, -52], la],
    [la, [28, 56, -82], as],
    [pt, [64, 44, 10], [66, 42, -18], [62, 26, -40], [as[0] + 3, as[1] + 6, as[2] + 8]],
  ];
  const grooves: Shape[] = [];
  for (const line of lines)
    for (const side of [1, -1] as const) {
      const path = smoothPath(
        line.map((p) => sided(p, side)),
        Math.max(8, line.length * 6),
      ).map((p) => onSurface(body, p, SUTURE_GROOVE_MM.lift));
      grooves.push(tube(path, SUTURE_GROOVE_MM.radius));
    }
  return subtract(body, union(grooves), 0.8);
}

/**
 * Foramina of the face: the supraorbital notch on the upper orbital rim and the infraorbital
 * foramen below orbitale, each a short channel into the bone.
 */
function facialForamina(body: Shape): Shape {
  const so = lmSide('supraorbitale', 1);
  const or = lmSide('orbitale', 1);
  const holes: Shape[] = [];
  for (const s of [1, -1] as const) {
    const notch = onSurface(body, sided([so[0] - 6, so[1] + 1, so[2] + 4], s));
    holes.push(capsule(notch, [notch[0], notch[1] - 4, notch[2] - 4], 1.6));
    const io = onSurface(body, sided([or[0] - 6, or[1] - 8, or[2] + 6], s));
    holes.push(capsule([io[0], io[1] - 0.5, io[2] + 1.5], [io[0] - s, io[1] + 3, io[2] - 5], 1.7));
  }
  return subtract(body, union(holes), 0.7);
}

function mastoidAndStyloid(s: 1 | -1): Shape {
  const tip = lmSide('mastoidale', 1);
  const po = lmSide('porion', 1);
  return union(
    [
      // The tip of the process (mastoidale) is the bottom of its rounded end, not its centre.
      capsule(sided([tip[0] - 1, -4, tip[2] - 8], s), sided([tip[0], tip[1] + 4, tip[2]], s), 10, 4),
      // Root of the zygomatic process and supramastoid crest above the ear canal.
      capsule(sided([po[0] - 2, po[1] + 6, po[2] - 14], s), sided([po[0] + 1, po[1] + 4, po[2] + 14], s), 5),
      // Styloid process: thin, pointing down, forward and in from under the ear.
      capsule(sided([po[0] - 18, po[1] - 14, po[2] + 2], s), sided([po[0] - 26, -45, po[2] + 12], s), 2.2, 1.4),
    ],
    3,
  );
}

/** External occipital protuberance, nuchal lines and temporal lines: ridges laid on the vault. */
function ridges(body: Shape): Shape {
  const inion = lm('inion');
  const ft = lmSide('frontotemporale', 1);
  const on = (p: Vec3): Vec3 => onSurface(body, p, -0.8);
  const line = (pts: Vec3[], r: number): Shape[] => [
    tube(pts.map(on), r),
    tube(
      pts.map((p) => on([-p[0], p[1], p[2]])),
      r,
    ),
  ];
  return union([
    sphere(on([0, inion[1], inion[2]]), 5),
    ...line(
      [
        [0, inion[1] + 1, inion[2]],
        [20, 12, -82],
        [38, 8, -72],
        [52, 4, -54],
      ],
      1.6,
    ),
    ...line(
      [
        [0, -4, -62],
        [18, -6, -60],
        [38, -8, -50],
      ],
      1.3,
    ),
    ...line([ft, [56, 70, 40], [64, 78, -10], [62, 58, -50], [60, 30, -56], [58, 10, -40]], 1.2),
  ]);
}

/**
 * The orbits: a wide aperture between orbitale and supraorbitale whose medial margin lies well
 * forward of the lateral one, narrowing back to the optic canal.
 */
function orbits(): Shape {
  return bilateral((s) =>
    union(
      [
        ellipsoid(sided([31, 16, 73], s), [16, 15, 20]),
        ellipsoid(sided([23, 15, 79], s), [10, 12.5, 16]),
        capsule(sided([30, 16, 66], s), sided([16, 12, 30], s), 13, 4),
      ],
      4,
    ),
  );
}

export function skullShape(): Shape {
  const fm = lm('opisthion');
  const ba = lm('basion');
  const brow = bilateral((s) => capsule(sided([8, 38, 91], s), sided([44, 32, 79], s), 6, 4));
  // A wide blend: the occipital squama curves round into the base instead of meeting it at a ledge.
  let cranium = intersect(vault(), basePlane(), 12);
  // Temporal fossa: the hollow behind the zygomatic bone where the temporalis lies.
  cranium = subtract(
    cranium,
    bilateral((s) => ellipsoid(sided([74, 2, 30], s), [24, 40, 32])),
    8,
  );
  let body = union([cranium, brow, face(), bilateral(mastoidAndStyloid)], 6);
  body = union([body, ridges(cranium)], 2);
  body = subtract(body, orbits(), 2);
  body = facialForamina(sutures(body));
  // Piriform (nasal) aperture and the ear canals.
  body = subtract(body, ellipsoid([0, -12, 94], [11, 17, 16]), 2);
  body = subtract(
    body,
    bilateral((s) => capsule(sided([70, -5, 0], s), sided([46, -5, 0], s), 4)),
    1,
  );
  // Foramen magnum between basion and opisthion, flanked by the occipital condyles.
  const fmCentre: Vec3 = [0, (fm[1] + ba[1]) / 2 + 4, (fm[2] + ba[2]) / 2];
  body = subtract(body, ellipsoid(fmCentre, [15, 16, (ba[2] - fm[2]) / 2]), 2);
  body = union([body, bilateral((s) => ellipsoid(sided([14, ba[1] - 2, fmCentre[2] + 6], s), [6, 5, 11]))], 3);
  return union([body, teethArch('upper')], 1);
}
