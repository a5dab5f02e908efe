import { describe, expect, it } from 'vitest';
import { muscleForms, muscleTargets } from '../../models/generator/muscle-forms';
import { sides, type MuscleId } from '../../src/mapping';
import { muscleNode } from '../../src/model-contract';
import { measureMuscle, meshNode, type MuscleMeasure } from '../../scripts/lib/muscle-measure';
import { loadModel } from './load-model';

/** Muscles whose form carries an aponeurosis beyond an end (the galea): more tendon than belly by area. */
const withAponeurosis = (Object.keys(muscleForms) as MuscleId[]).filter((id) => muscleForms[id].aponeurosis);

async function measures(): Promise<Map<string, MuscleMeasure>> {
  const { doc } = await loadModel();
  const out = new Map<string, MuscleMeasure>();
  for (const id of Object.keys(muscleForms) as MuscleId[])
    for (const side of sides) out.set(muscleNode(id, side), measureMuscle(meshNode(doc, muscleNode(id, side))));
  return out;
}

describe('muscle solids', () => {
  it('carry fibre direction (unit, w = 1), fibre coordinates and tendon share on every vertex', async () => {
    const bad: string[] = [];
    for (const m of (await measures()).values()) {
      if (!m.hasAttributes) bad.push(`${m.name}: attributes missing`);
      else if (m.unitTangents < m.vertices) bad.push(`${m.name}: ${m.vertices - m.unitTangents} tangents not unit`);
    }
    expect(bad).toEqual([]);
  });

  it('have 5-25 % of their area as tendon or aponeurosis (the galea-bearing sheets more)', async () => {
    const bad: string[] = [];
    for (const [name, m] of await measures()) {
      const id = name.split(':')[1]!.replace(/-(left|right)$/, '') as MuscleId;
      if (muscleForms[id]?.arrangement === 'ring') continue;
      const [lo, hi] = withAponeurosis.includes(id) ? [0.25, 0.75] : [0.05, 0.25];
      if (m.tendonShare < lo || m.tendonShare > hi) bad.push(`${name} ${(m.tendonShare * 100).toFixed(0)} %`);
    }
    expect(bad).toEqual([]);
  });

  it('reach at least 70 % of the lower bound of their volume band and their belly thickness', async () => {
    const all = await measures();
    const bad: string[] = [];
    for (const t of muscleTargets) {
      for (const side of sides) {
        const each = t.muscles.map((id) => all.get(muscleNode(id, side))!);
        const vol = each.reduce((s, m) => s + m.volumeCm3, 0);
        if (t.volumeCm3 && (vol < 0.7 * t.volumeCm3[0] || vol > 1.3 * t.volumeCm3[1]))
          bad.push(`${t.muscles.join('+')}:${side} ${vol.toFixed(1)} cm3 against ${t.volumeCm3.join('-')}`);
        // Only sheets have a ceiling: a strap's rim rays run across its width.
        const thickest = Math.max(...each.map((m) => m.bellyMm));
        const sheet = t.volumeCm3 === undefined;
        if (thickest < 0.7 * t.thicknessMm[0] || (sheet && thickest > 1.3 * t.thicknessMm[1]))
          bad.push(`${t.muscles.join('+')}:${side} belly ${thickest.toFixed(1)} mm against ${t.thicknessMm.join('-')}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
