import { Vector3 } from 'three';
import { lateralSign, type MuscleId, type Side } from '../../../src/mapping';
import { fibreSum, lineAngleDeg, projections as pr } from './fibres';
import { boundsOf } from './mesh';
import type { MeasureScene } from './model';

/** One named fibre-direction check of the targets (check 7), on one side. */
export interface NamedFibreResult {
  readonly label: string;
  readonly side: Side;
  /** The measured angle(s), degrees, in words; 'no fibre directions' when absent. */
  readonly value: string;
  readonly target: string;
  readonly pass: boolean;
}

const f1 = (x: number): string => x.toFixed(1);

/** Mean fibre (unit) of some muscles on a side, optionally over part of them; null without fibres. */
function mean(
  scene: MeasureScene,
  ids: readonly MuscleId[],
  side: Side,
  keep?: (p: Vector3) => boolean,
): Vector3 | null {
  const sum = new Vector3();
  for (const id of ids) {
    const m = scene.muscle(id, side);
    const s = m && fibreSum(m.mesh, keep);
    if (!s) return null;
    sum.add(s);
  }
  return sum.lengthSq() > 0 ? sum.normalize() : null;
}

const within = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;

/** The named checks of the targets file, in model space (+X left, +Y up, +Z anterior). */
export function namedFibreChecks(scene: MeasureScene, side: Side): NamedFibreResult[] {
  const out: NamedFibreResult[] = [];
  const lat = lateralSign(side);
  const add = (label: string, d: Vector3 | null, target: string, judge: (d: Vector3) => [string, boolean]): void => {
    const [value, pass] = d ? judge(d) : ['no fibre directions', false];
    out.push({ label, side, value, target, pass });
  };
  const scm = scene.landmark(`mastoidale-${side}`).sub(scene.landmark(`sternoclavicular-${side}`));
  add(
    'SCM mean fibre to the mastoid-sternoclavicular line',
    mean(scene, ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'], side),
    '<= 10',
    (d) => {
      const a = lineAngleDeg(d, scm);
      return [f1(a), a <= 10];
    },
  );
  add('semispinalis capitis from vertical (coronal)', mean(scene, ['semispinalis-capitis'], side), '<= 15', (d) => {
    const a = pr.coronalFromVertical(d);
    return [f1(a), a <= 15];
  });
  add(
    'superficial masseter back from vertical (sagittal)',
    mean(scene, ['masseter-superficial'], side),
    '10-30',
    (d) => {
      const a = pr.sagittalBackFromVertical(d);
      return [f1(a), within(a, 10, 30)];
    },
  );
  add('deep masseter from vertical (sagittal)', mean(scene, ['masseter-deep'], side), '<= 15', (d) => {
    const a = pr.sagittalFromVertical(d);
    return [f1(a), a <= 15];
  });
  const temporalis = scene.muscle('temporalis', side);
  if (temporalis) {
    // Thirds of the muscle's front-to-back extent.
    const { min, max } = boundsOf(temporalis.mesh);
    const third = (max[2] - min[2]) / 3;
    add(
      'temporalis anterior third from vertical (sagittal)',
      mean(scene, ['temporalis'], side, (p) => p.z >= max[2] - third),
      '<= 20',
      (d) => {
        const a = pr.sagittalFromVertical(d);
        return [f1(a), a <= 20];
      },
    );
    add(
      'temporalis posterior third from horizontal',
      mean(scene, ['temporalis'], side, (p) => p.z <= min[2] + third),
      '<= 30',
      (d) => {
        const a = pr.fromHorizontal(d);
        return [f1(a), a <= 30];
      },
    );
  }
  add(
    'splenius capitis from the midline (coronal), up and out',
    mean(scene, ['splenius-capitis'], side),
    '25-50, up and lateral',
    (d) => {
      const a = pr.coronalFromVertical(d);
      const upAndOut = d.y > 0 && d.x * lat > 0;
      return [`${f1(a)}${upAndOut ? '' : ' (not up and out)'}`, within(a, 25, 50) && upAndOut];
    },
  );
  add(
    'lateral pterygoid: from horizontal; from sagittal, posterolateral',
    mean(scene, ['lateral-pterygoid'], side),
    '<= 20; 30-50',
    (d) => {
      const [h, s] = [pr.fromHorizontal(d), pr.fromSagittal(d)];
      const posterolateral = d.z < 0 && d.x * lat > 0;
      return [
        `${f1(h)}; ${f1(s)}${posterolateral ? '' : ' (not posterolateral)'}`,
        h <= 20 && within(s, 30, 50) && posterolateral,
      ];
    },
  );
  add('medial pterygoid to the Frankfort plane', mean(scene, ['medial-pterygoid'], side), '55-75', (d) => {
    const a = pr.fromHorizontal(d);
    return [f1(a), within(a, 55, 75)];
  });
  return out;
}
