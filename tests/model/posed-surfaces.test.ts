import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctPoses } from '../../src/movement';
import { loadModel } from './load-model';
import { skinnedMeshes } from './skinning';
import {
  boundOf,
  exceedsBound,
  looserThan,
  PosedQualityMeter,
  REQUIRED,
  sumOf,
  withSlack,
  type PosedBound,
} from './posed-quality';

/**
 * The posed surfaces hold at every pose's full range: at each named pose, each stretch's end
 * position (either side) and each exercise's positions, no skin or muscle triangle turns over or
 * grows past twice its rest area, and no muscle vertex lies more than 2 mm inside a posed bone.
 * Where the committed model does not meet that yet, `posed-surfaces/known-gaps.json` holds what it
 * reaches per pose, a bound that may only tighten: a pose past its bound and slack (`withSlack`)
 * fails, so do the poses together past the lowest sum yet ("all poses"), and so does a bound
 * looser than what the model now measures, until the list is shrunk by running this file with
 * `POSED_GAPS=shrink` (which only ever lowers a bound, and drops a pose that meets the
 * requirement). The sum over all poses is never raised; a pose's own bound only by hand, in a
 * commit that gives that pose's figures before and after beside a lower sum, where a change that
 * helps the model as a whole costs one pose a little. A few seconds of CPU per pose.
 */
const listUrl = new URL('./posed-surfaces/known-gaps.json', import.meta.url);
/** The list's entry for the sum over every pose, beside the poses' own. */
const ALL_POSES = 'all poses';
type Sum = ReturnType<typeof sumOf>;
const { [ALL_POSES]: total, ...gaps } = JSON.parse(readFileSync(listUrl, 'utf8')) as Record<string, PosedBound> & {
  [ALL_POSES]: Sum;
};
const shrink = process.env.POSED_GAPS === 'shrink';
const poses = distinctPoses();
const shrunk: Record<string, PosedBound> = {};
/** Each measured pose's figures, for the sum over the poses. */
const measured: PosedBound[] = [];
let meter: PosedQualityMeter;

beforeAll(async () => {
  const model = await loadModel();
  meter = new PosedQualityMeter(model, skinnedMeshes(model.doc));
});

afterAll(() => {
  if (!shrink || measured.length < poses.length) return;
  const now = sumOf(measured);
  const sum = { inverted: Math.min(total.inverted, now.inverted), stretched: Math.min(total.stretched, now.stretched) };
  writeFileSync(listUrl, `${JSON.stringify({ [ALL_POSES]: sum, ...shrunk }, null, 2)}\n`);
});

describe('posed surfaces at full range', () => {
  it('lists known gaps only for poses it measures', () => {
    expect(Object.keys(gaps).filter((name) => !poses.some(([n]) => n === name))).toEqual([]);
  });

  it.each(poses.map(([name, pose]) => ({ name, pose })))(
    '$name',
    ({ name, pose }) => {
      const q = meter.measure(pose);
      const known = gaps[name];
      const figures = `${q.inverted} inverted, ${q.stretched} over twice their area, ${q.deepestMm.toFixed(2)} mm`;
      const where = `${name}: ${figures} into bone (${q.deepest})`;
      if (shrink && known && exceedsBound(q, REQUIRED).length > 0) {
        const tight = boundOf(q);
        shrunk[name] = {
          inverted: Math.min(known.inverted, tight.inverted),
          stretched: Math.min(known.stretched, tight.stretched),
          deepestMm: Math.min(known.deepestMm, tight.deepestMm),
        };
      }
      measured.push(q);
      expect(exceedsBound(q, known ? withSlack(known) : REQUIRED), where).toEqual([]);
      if (!shrink) expect(looserThan(q, known), `${where}: shrink the list (POSED_GAPS=shrink)`).toEqual([]);
    },
    300_000,
  );

  // Last, after every pose: the slack each pose may take is paid for by the others. The sum over
  // the poses may go past the lowest yet (the list's "all poses", lowered by shrinking like the
  // rest) by 0.1 % only, which does not compound either.
  it('turns over and overstretches no more triangles over all poses than ever before', () => {
    expect(measured.length, 'every pose measured first').toBe(poses.length);
    const now = sumOf(measured);
    const slack = (n: number) => n + Math.max(3, Math.ceil(n * 0.001));
    expect(now.inverted, 'turned over in all poses').toBeLessThanOrEqual(slack(total.inverted));
    expect(now.stretched, 'past twice their area in all poses').toBeLessThanOrEqual(slack(total.stretched));
    const lower = now.inverted < total.inverted || now.stretched < total.stretched;
    if (!shrink)
      expect(lower, `the sum is lower (${JSON.stringify(now)}): shrink the list (POSED_GAPS=shrink)`).toBe(false);
  });
});
