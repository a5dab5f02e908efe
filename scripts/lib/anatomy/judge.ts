import { sides, type MuscleId, type Side } from '../../../src/mapping';
import type { Bench, CheckResult } from './bench';
import { measureMuscle, type MuscleFigures } from './figures';
import { judgeModel, judgeSurfaces, judgeTendons } from './judge-model';
import { judgeNode, judgeRow } from './judge-muscles';
import { MeasureScene, type MeasureModel } from './model';
import { namedFibreChecks } from './named-fibres';
import { muscleTargets } from './targets';

export type { CheckResult } from './bench';

export interface Evaluation {
  readonly figures: ReadonlyMap<string, MuscleFigures>;
  readonly results: readonly CheckResult[];
}

/** Measures every muscle once and judges the model against every check of the targets file. */
export function evaluate(model: MeasureModel): Evaluation {
  const scene = new MeasureScene(model);
  const figures = new Map(scene.muscles.map((m) => [m.node, measureMuscle(scene, m)]));
  const results: CheckResult[] = [];
  const b: Bench = {
    scene,
    figures,
    fig: (id: MuscleId, side: Side) => {
      const m = scene.muscle(id, side);
      return m && figures.get(m.node);
    },
    push: (check, what, subject, value, target, pass) => results.push({ check, what, subject, value, target, pass }),
  };
  for (const row of muscleTargets) for (const side of sides) judgeRow(b, row, side);
  for (const f of figures.values()) judgeNode(b, f);
  for (const side of sides) {
    for (const n of namedFibreChecks(scene, side)) {
      b.push(7, 'named fibre direction', `${n.label} ${side}`, n.value, n.target, n.pass);
    }
  }
  judgeTendons(b);
  judgeSurfaces(b);
  judgeModel(b);
  return { figures, results };
}
