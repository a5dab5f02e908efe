import { landmarks, pointMmToM, pointMToMm, type Vec3 } from '../mapping';
import { add, lerp, sub } from '../mapping/vec';
import type { CervicalVertebra } from './bones';

/**
 * Where the cervical vertebrae and T1 sit: the centre of each vertebral body, model space
 * (metres). Written from the landmark of each level, so that a corrected landmark moves the
 * joints with the bones: the axis's body lies above and in front of its spinous tip, C4's and
 * C6's between and in front of their transverse tips, C7's in front of the vertebra prominens;
 * C3 and C5 lie midway between their neighbours, and T1 continues the column one level down.
 * The model generator places the same bodies (its spine levels), which
 * tests/movement/joints.test.ts holds to within a millimetre or so.
 */
type Level = Exclude<CervicalVertebra, 'c1'> | 't1';

const mm = (name: keyof typeof landmarks): Vec3 => pointMToMm(landmarks[name]);
const between = (a: keyof typeof landmarks, b: keyof typeof landmarks): Vec3 => lerp(mm(a), mm(b), 0.5);

/** Offsets [left, up, anterior] in mm from each level's landmark to its body's centre. */
const C2_FROM_SPINOUS_TIP: Vec3 = [0, 6, 46];
const FROM_TRANSVERSE_TIPS: Vec3 = [0, -1, 6];
const C7_FROM_VERTEBRA_PROMINENS: Vec3 = [0, 2, 56];

function bodyCentresMm(): Record<Level, Vec3> {
  const c2 = add(mm('axis-spinous'), C2_FROM_SPINOUS_TIP);
  const c4 = add(between('c4-transverse-left', 'c4-transverse-right'), FROM_TRANSVERSE_TIPS);
  const c6 = add(between('c6-transverse-left', 'c6-transverse-right'), FROM_TRANSVERSE_TIPS);
  const c7 = add(mm('cervicale'), C7_FROM_VERTEBRA_PROMINENS);
  return { c2, c3: lerp(c2, c4, 0.5), c4, c5: lerp(c4, c6, 0.5), c6, c7, t1: add(c7, sub(c7, c6)) };
}

const centresMm = bodyCentresMm();

/** The centre of a vertebral body, C2 to T1 (the atlas has no body), model space. */
export const vertebralBody = (level: Level): Vec3 => pointMmToM(centresMm[level]);

/**
 * The upper cervical joints, from basion (mm [left, up, anterior]): the occipital condyles rock
 * in the cupped superior facets of the atlas, whose centre lies about 3 mm below and 10 mm behind
 * basion; the atlas turns about the dens, which rises about 7 mm behind basion, and the lateral
 * atlanto-axial joints lie about 21 mm below it.
 */
export const ATLANTO_OCCIPITAL_FROM_BASION: Vec3 = [0, -3, -10];
export const ATLANTO_AXIAL_FROM_BASION: Vec3 = [0, -21, -7];

export const fromBasion = (offsetMm: Vec3): Vec3 => pointMmToM(add(mm('basion'), offsetMm));

/** The atlas's ring lies about 13 mm below basion (the generator builds it there). */
const ATLAS_FROM_BASION: Vec3 = [0, -13, 0];

/** The bone of the column at a height (model y, metres): the vertebra whose centre is nearest, T1 for the thorax. */
export function vertebraAtHeight(y: number): CervicalVertebra | 'thorax' {
  const levels: [CervicalVertebra | 'thorax', number][] = [
    ['c1', fromBasion(ATLAS_FROM_BASION)[1]],
    ...(['c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const).map((l): [CervicalVertebra, number] => [l, vertebralBody(l)[1]]),
    ['thorax', vertebralBody('t1')[1]],
  ];
  return levels.reduce((best, l) => (Math.abs(l[1] - y) < Math.abs(best[1] - y) ? l : best))[0];
}
