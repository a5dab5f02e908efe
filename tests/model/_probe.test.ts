import { it } from 'vitest';
import { loadModel } from './load-model';
it('probe', async () => {
  const { meshes } = await loadModel();
  for (const n of ['muscle:masseter-superficial:left', 'muscle:masseter-deep:left', 'muscle:temporalis:left']) {
    const p = meshes.get(n)!.positions;
    const rows: string[] = [];
    for (let i = 0; i < p.length / 3; i += 37) rows.push([p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!].map((v) => (v * 1000).toFixed(0)).join(','));
    console.log(n, p.length / 3, rows.slice(0, 14).join(' | '));
  }
});
