import { lm, lmSide, sided } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import { band } from './bone-sdf';
import type { Bar } from './bone-sweep';
import { smoothPath } from './curves';
import { capsule, ellipsoid, polygonPlate, ribbon, sphere, subtract, tube, union, type Shape } from './sdf';

/** Shoulder girdle, upper ribs, sternum and hyoid, written for the left side (side = 1). */

/**
 * The clavicle's S: its medial two-thirds convex forward, its lateral third concave forward and
 * flattened where it meets the acromion. Axis points [x, y, z] and radii, left side; the sternal
 * end is set so the sternoclavicular landmark lies on its medial surface.
 */
const CLAVICLE_AXIS: readonly (readonly [number, number, number, number])[] = [
  [45, 8, 2, 6.5],
  [75, 11, -2, 5.5],
  [100, 14, -12, 5],
  [125, 17, -32, 5],
  [148, 20, -48, 5],
];

export function clavicleShape(s: 1 | -1): Shape {
  const ac = lmSide('acromion', s);
  const sc = lmSide('sternoclavicular', s);
  const jn = lm('jugular-notch');
  const sternalEnd: Vec3 = [sc[0] + s * 7.5, sc[1] + 1, sc[2] - 1];
  const acromialEnd: Vec3 = [ac[0] - s * 19, ac[1] + 2, ac[2] + 8];
  const axis: Vec3[] = [
    sternalEnd,
    ...CLAVICLE_AXIS.map(([x, dy, dz]) => sided([x, jn[1] + dy, jn[2] + dz], s)),
    acromialEnd,
  ];
  const radii = [7.5, ...CLAVICLE_AXIS.map((p) => p[3]), 4.5];
  const path = smoothPath(axis, 24);
  const r = (i: number): number =>
    radii[Math.min(radii.length - 1, Math.floor((i / (path.length - 1)) * (radii.length - 1)))]!;
  return union(
    [
      tube(
        path,
        path.map((_, i) => r(i)),
      ),
      // The acromial end is flat above and below, wider than it is thick.
      band(smoothPath([axis[4]!, axis[5]!, acromialEnd], 8), [5, 5.5, 6, 6.5, 7, 7.5, 8, 8], 3.4, [0, 1, 0]),
    ],
    2,
  );
}

/** Scapular points, left side: the borders and angles of the blade, the spine's crest, the coracoid. */
const SCAPULA = {
  medialSpineRoot: [86, -176, -72],
  inferiorAngle: [102, -250, -62],
  suprascapularNotch: [116, -150, -52],
  glenoidNeck: [132, -178, -42],
  lateralBorderMid: [120, -214, -54],
  /** The spine's root along the blade, and its crest standing back from it. */
  spineBase: [
    [88, -176, -71],
    [118, -172, -54],
    [140, -166, -46],
  ],
  spineCrest: [
    [90, -174, -76],
    [120, -166, -68],
    [150, -157, -58],
  ],
  /** Base above the glenoid's neck, rising then bent forward and out to its tip below the clavicle. */
  coracoid: [
    [126, -158, -42],
    [130, -149, -33],
    [138, -153, -17],
    [143, -161, -6],
  ],
  glenoid: [142, -177, -34],
} as const;

/** Scapula: thin triangular body with thickened borders, spine, acromion, coracoid, glenoid. */
export function scapulaShape(s: 1 | -1): Shape {
  const K = SCAPULA;
  const p = (v: readonly number[]): Vec3 => sided([v[0]!, v[1]!, v[2]!], s);
  const ac = lmSide('acromion', s);
  // The superior angle's rounded tip is the landmark: the corner lies a border's radius inside it.
  const saTip = lmSide('superior-angle', s);
  const sa: Vec3 = [saTip[0] + s * 1.2, saTip[1] - 1.6, saTip[2]];
  const [root, ia, notch, neck, lat] = [
    p(K.medialSpineRoot),
    p(K.inferiorAngle),
    p(K.suprascapularNotch),
    p(K.glenoidNeck),
    p(K.lateralBorderMid),
  ];
  const body = polygonPlate([root, sa, notch, neck, lat, ia], 1.4);
  const crest = K.spineCrest.map(p);
  const acBase: Vec3 = [ac[0] - s * 20, ac[1] + 1, ac[2] - 18];
  const spine = union([ribbon(K.spineBase.map(p), crest, 2.2), tube(smoothPath([...crest, acBase], 10), 3.8)], 2.5);
  const acromion = polygonPlate(
    [
      [ac[0] - s * 22, ac[1] + 1, ac[2] - 20],
      [ac[0] - s * 4, ac[1], ac[2] - 10],
      // The plate's corner a radius inside the landmark, so the tip's surface lies on it.
      [ac[0] - s * 3, ac[1], ac[2]],
      [ac[0] - s * 12, ac[1] + 1, ac[2] + 8],
    ],
    3,
  );
  const g = p(K.glenoid);
  // The glenoid cavity: a shallow pear-shaped cup facing out and forward.
  const glenoid = subtract(ellipsoid(g, [6, 12, 9]), sphere([g[0] + s * 20, g[1], g[2] + 4], 17.5), 1.5);
  return union(
    [
      body,
      // Borders: the lateral one thick (it carries the teres muscles), the medial and superior thin.
      tube(
        smoothPath([neck, lat, ia], 10),
        Array.from({ length: 10 }, (_, i) => 3.6 - i * 0.11),
      ),
      tube(smoothPath([sa, root, ia], 10), 2),
      tube([sa, notch], 1.8),
      spine,
      acromion,
      tube(smoothPath(K.coracoid.map(p), 8), [5, 4.8, 4.5, 4.3, 4.1, 3.9, 3.8, 3.8]),
      glenoid,
      capsule(neck, g, 6, 6.5),
    ],
    2.5,
  );
}

/** First rib: short, broad and flat (faces up and down), the most curved; scalene tubercle on top. */
const FIRST_RIB = [
  [12, -127, -21, 3],
  [28, -125, -30, 4],
  [50, -131, -24, 7],
  [62, -141, -5, 8],
  [58, -152, 16, 8],
  [42, -161, 29, 7],
] as const;

/** A rib: its bar (the ribs are meshed as sweeps, see bone-sweep.ts) and the whole shape with its head. */
export interface Rib {
  readonly bar: Bar;
  readonly shape: Shape;
}

const barShape = (b: Bar): Shape => band(b.path, b.halfWidths, b.halfThick, b.flat);

export function firstRib(s: 1 | -1): Rib {
  const jn = lm('jugular-notch');
  const st = lmSide('scalene-tubercle', s);
  const axis = [...FIRST_RIB.map(([x, y, z]) => sided([x, y, z], s)), sided([22, jn[1] - 6, jn[2] - 2], s)];
  const widths = [...FIRST_RIB.map((r) => r[3]), 6];
  const path = smoothPath(axis, 28);
  const w = (i: number): number =>
    widths[Math.min(widths.length - 1, Math.round((i / (path.length - 1)) * (widths.length - 1)))]!;
  const bar: Bar = { path, halfWidths: path.map((_, i) => w(i)), halfThick: 2.4, flat: [0, 1, 0.35] };
  return {
    bar,
    shape: union(
      [barShape(bar), sphere(sided([12, -127, -21], s), 3.8), ellipsoid([st[0], st[1] - 2.2, st[2]], [3.2, 2.6, 3.2])],
      2,
    ),
  };
}

/** Second rib: longer and less curved, its flat faces turned up and out. */
const SECOND_RIB = [
  [12, -140, -24],
  [30, -139, -36],
  [60, -146, -32],
  [80, -160, -10],
  [76, -176, 16],
  [56, -190, 38],
  [22, -206, 44],
] as const;

export function secondRib(s: 1 | -1): Rib {
  const path = smoothPath(
    SECOND_RIB.map(([x, y, z]) => sided([x, y, z], s)),
    30,
  );
  const bar: Bar = { path, halfWidths: path.map(() => 5), halfThick: 2.4, flat: [s * 0.5, 1, 0.2] };
  return { bar, shape: union([barShape(bar), sphere(sided([12, -140, -24], s), 3.8)], 2) };
}

export function manubriumShape(): Shape {
  const jn = lm('jugular-notch');
  const [, y, z] = jn;
  return polygonPlate(
    [
      [0, y - 3, z - 1],
      [14, y + 2, z - 3],
      [28, y - 10, z - 2],
      [24, y - 42, z + 5],
      [0, y - 47, z + 7],
      [-24, y - 42, z + 5],
      [-28, y - 10, z - 2],
      [-14, y + 2, z - 3],
    ],
    5,
  );
}

export function hyoidShape(): Shape {
  const h = lm('hyoid');
  const c: Vec3 = [0, h[1], h[2] - 3.5];
  return union(
    [
      tube(
        [
          [-11, c[1], c[2] - 3],
          [0, c[1], c[2]],
          [11, c[1], c[2] - 3],
        ],
        3.5,
      ),
      tube(
        [
          [11, c[1], c[2] - 3],
          [19, c[1] + 3, c[2] - 16],
          [22, c[1] + 5, c[2] - 26],
        ],
        [2.4, 2, 1.8],
      ),
      tube(
        [
          [-11, c[1], c[2] - 3],
          [-19, c[1] + 3, c[2] - 16],
          [-22, c[1] + 5, c[2] - 26],
        ],
        [2.4, 2, 1.8],
      ),
    ],
    2,
  );
}
