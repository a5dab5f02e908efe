import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../models/generator/build';
import { MODEL_PATH } from './load-model';

describe('committed model', () => {
  // Regenerating and comparing bytes also proves the generator deterministic. The build is about
  // 90 s of CPU; at a load average of 15-20 on two cores it took 13 minutes once: the limit is a
  // bound, not a wait.
  it('is exactly what the generator builds from the current data (run npm run build:model)', async () => {
    const built = await buildModel();
    const committed = new Uint8Array(readFileSync(MODEL_PATH));
    expect(built.byteLength).toBe(committed.byteLength);
    expect(Buffer.compare(Buffer.from(built), Buffer.from(committed))).toBe(0);
  }, 1_200_000);
});
