import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type CheckResult } from '../../scripts/lib/anatomy/judge';
import { readModel } from '../../scripts/model-report/read-model';
import { MODEL_PATH } from './load-model';

/**
 * Every check of the anatomy targets (issue 10, `scripts/lib/anatomy/targets.ts`) applied to the
 * committed glb. Today's schematic model fails most of them, so this file is named so that the
 * suite does not run it yet: when the new model lands, rename it to `anatomy.test.ts` (no limit
 * here may be loosened and no muscle skipped to make it pass). Until then
 * `npx tsx scripts/model-report.ts --failures` prints the same verdicts as a table, and
 * `npx vitest run --config tests/model/anatomy.acceptance.config.ts` runs this file.
 */
let results: readonly CheckResult[] = [];

beforeAll(async () => {
  results = evaluate(await readModel(MODEL_PATH)).results;
}, 180_000);

const failures = (check: number): string[] =>
  results
    .filter((r) => r.check === check && !r.pass)
    .map((r) => `${r.subject}: ${r.what} ${r.value} (target ${r.target})`);

describe('anatomy targets', () => {
  it.each([
    [1, 'each muscle within its volume band'],
    [2, 'belly thickness at least the lower bound; sheets at most their upper bound'],
    [3, 'no collapsed section along a strap; straps at most 4 wide per thick, sheets at least 8'],
    [4, 'no self-folding: |signed| volume at least 0.9 of the sampled volume'],
    [5, 'muscle into muscle at most 1 mm on at most 2 %, into bone at most 0.5 mm, none outside the skin'],
    [6, 'deep muscles and straps rest on their neighbours and do not float'],
    [7, 'fibre directions follow the course, and the named fibre checks hold'],
    [8, 'smooth bones, skin and muscles of fine enough mesh'],
    [9, 'metallicFactor 0 everywhere; tendon 5-25 % of each muscle, the named tendons present'],
    [10, 'the calvaria covered by muscle and galea; no line of sight to C3-C6 through skin alone'],
    [11, 'within 400,000 triangles and 3 MB'],
  ])('check %i: %s', (check) => {
    expect(results.length).toBeGreaterThan(0);
    expect(failures(check)).toEqual([]);
  });
});
