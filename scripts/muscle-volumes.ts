import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelIO } from '../models/generator/gltf';
import { muscleTargets } from '../models/generator/muscle-forms';
import { muscleNode } from '../src/model-contract';
import type { MuscleId } from '../src/mapping/types';
import { landmarks } from '../src/mapping/landmarks';
import { meanFibre, measureMuscle, meshNode } from './lib/muscle-measure';

/**
 * Prints each left muscle's closed-mesh volume, belly thickness and tendon share from
 * models/head-neck.glb beside its target band (models/generator/muscle-forms.ts), so a change to a
 * muscle's form can be judged in numbers. Usage: `npx tsx scripts/muscle-volumes.ts`.
 */
const file = fileURLToPath(new URL('../models/head-neck.glb', import.meta.url));
const doc = await (await modelIO()).readBinary(new Uint8Array(readFileSync(file)));
const pad = (s: string | number, w: number): string => String(s).padEnd(w);
console.log(`${pad('muscle', 34)}${pad('cm3', 8)}${pad('target', 10)}${pad('belly mm', 10)}${pad('target', 10)}tendon`);
for (const t of muscleTargets) {
  const each = t.muscles.map((id) => measureMuscle(meshNode(doc, muscleNode(id, 'left'))));
  const vol = each.reduce((s, m) => s + m.volumeCm3, 0);
  const low = t.volumeCm3 ? (vol < 0.7 * t.volumeCm3[0] ? ' LOW' : vol > t.volumeCm3[1] ? ' HIGH' : '') : '';
  each.forEach((m, k) => {
    const belly = m.bellyMm.toFixed(1) + (m.bellyMm < t.thicknessMm[0] ? '<' : m.bellyMm > t.thicknessMm[1] ? '>' : '');
    console.log(
      pad(t.muscles[k]!, 34) +
        pad(m.volumeCm3.toFixed(1), 8) +
        pad(
          k === 0 && t.volumeCm3
            ? `${t.volumeCm3.join('-')}${each.length > 1 ? ` (${vol.toFixed(1)})` : ''}${low}`
            : '',
          10,
        ) +
        pad(belly, 10) +
        pad(t.thicknessMm.join('-'), 10) +
        `${(m.tendonShare * 100).toFixed(0)} %`,
    );
  });
}

// The named fibre-direction checks, left side, model axes (+x left, +y up, +z anterior).
const deg = (r: number): number => (r * 180) / Math.PI;
const fibre = (id: string, u?: [number, number]): number[] =>
  meanFibre(meshNode(doc, muscleNode(id as MuscleId, 'left')), u);
const mm = (name: string): number[] => landmarks[name as keyof typeof landmarks].map((x) => x * 1000);
const scm = [mm('sternoclavicular-left'), mm('mastoidale-left')];
const line = scm[1]!.map((x, k) => x - scm[0]![k]!);
const angle = (a: number[], b: number[]): number =>
  deg(Math.acos(Math.abs(a.reduce((s, x, k) => s + x * b[k]!, 0)) / Math.hypot(...a) / Math.hypot(...b)));
const fromVertical = (f: number[], k: number): number => deg(Math.atan2(Math.abs(f[k]!), Math.abs(f[1]!)));
const checks: [string, number, string][] = [
  ...['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'].map((id): [string, number, string] => [
    `${id} to mastoid-SC line`,
    angle(fibre(id), line),
    '<= 10',
  ]),
  ['semispinalis-capitis from vertical (coronal)', fromVertical(fibre('semispinalis-capitis'), 0), '<= 15'],
  ['masseter-superficial back from vertical (sagittal)', fromVertical(fibre('masseter-superficial'), 2), '10-30'],
  ['masseter-deep from vertical (sagittal)', fromVertical(fibre('masseter-deep'), 2), '<= 15'],
  ['temporalis anterior third from vertical', fromVertical(fibre('temporalis', [0, 1 / 3]), 2), '<= 20'],
  ['temporalis posterior third from horizontal', 90 - fromVertical(fibre('temporalis', [2 / 3, 1.01]), 2), '<= 30'],
  ['splenius-capitis from midline (coronal)', fromVertical(fibre('splenius-capitis'), 0), '25-50'],
  ['lateral-pterygoid from horizontal', 90 - angle(fibre('lateral-pterygoid'), [0, 1, 0]), '<= 20'],
  [
    'lateral-pterygoid from sagittal (horizontal plane)',
    deg(Math.atan2(Math.abs(fibre('lateral-pterygoid')[0]!), Math.abs(fibre('lateral-pterygoid')[2]!))),
    '30-50',
  ],
  ['medial-pterygoid to the Frankfort plane', 90 - angle(fibre('medial-pterygoid'), [0, 1, 0]), '55-75'],
];
console.log('\nfibre check                                          degrees  target');
for (const [name, value, target] of checks) console.log(`${pad(name, 53)}${pad(value.toFixed(0), 9)}${target}`);
