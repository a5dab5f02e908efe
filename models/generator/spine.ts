import { lm } from './landmark-mm';
import type { Vec3 } from '../../src/mapping/vec';
import type { Shape } from './sdf';
import { atlasShape, axisShape } from './vertebrae/atlas-axis';
import { cervicalVertebra, thoracicVertebra, transverseTip, type Level } from './vertebrae/typical';

export { atlasShape };
export type { Level };

/**
 * Vertebral levels below the atlas: body centre, half sizes, spinous tip and transverse tip
 * (left), mm. The column leans forward from C7 to C2 (upright posture), and the cervical
 * spinous tips lie deeper than C7's prominent one; thoracic spines slope down over the level
 * below. Spacing is fitted to the ANSUR vertex-to-C7 height, which leaves the discs thin. The
 * tips that are landmarks (C2 and C7 spines, C4 and C6 transverse processes) come from there.
 */
const level = (name: string, y: number, z: number, half: Vec3, spinous: Vec3, transverse: Vec3): Level => ({
  name,
  body: [0, y, z],
  half,
  spinous,
  transverse,
});

export const levels: readonly Level[] = [
  level('c2', -49, 0, [8, 6, 7.5], [0, -55, -42], [24, -46, -6]),
  level('c3', -63, -2, [8, 5, 7.5], [0, -70, -36], [25, -62, -8]),
  level('c4', -76, -4, [8.5, 5, 7.5], [0, -84, -38], transverseTip('c4')),
  level('c5', -89, -7, [9, 5, 8], [0, -98, -42], [29, -88, -13]),
  level('c6', -102, -10, [9.5, 5, 8], [0, -112, -49], transverseTip('c6')),
  level('c7', -115, -14, [10, 5.5, 8], lmCervicale(), [35, -113, -21]),
  level('t1', -129, -18, [11, 6, 9], [0, -140, -72], [34, -126, -34]),
  level('t2', -144, -22, [11.5, 6.5, 10], [0, -157, -73], [33, -141, -38]),
  level('t3', -159, -26, [12, 7, 11], [0, -174, -73], [32, -156, -41]),
  level('t4', -175, -29, [12.5, 7, 12], [0, -190, -72], [31, -172, -43]),
  level('t5', -191, -31, [13, 7.5, 12.5], [0, -206, -70], [30, -188, -44]),
  level('t6', -207, -32, [13.5, 7.5, 13], [0, -222, -68], [30, -204, -45]),
];

/** Centre of the C7 spinous tubercle: cervicale is its posterior surface. */
function lmCervicale(): Vec3 {
  const c = lm('cervicale');
  return [c[0], c[1], c[2] + 3.8];
}

/** The shape of one level: the axis, a cervical or a thoracic vertebra. */
export function vertebraShape(l: Level): Shape {
  if (l.name === 'c2') return axisShape(l);
  return l.name.startsWith('c') ? cervicalVertebra(l) : thoracicVertebra(l);
}
