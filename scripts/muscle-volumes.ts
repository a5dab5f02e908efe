import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelIO } from '../models/generator/gltf';
import { muscleTargets } from '../models/generator/muscle-forms';
import { muscleNode } from '../src/model-contract';
import { measureMuscle, meshNode } from './lib/muscle-measure';

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
