import { describe, expect, it } from 'vitest';
import {
  acceptableMuscles,
  getPainRegion,
  guideForPainRegion,
  guideMuscles,
  musclesForRegion,
  painGuide,
  painRegions,
  type GuideRegion,
} from '../../src/mapping';

/**
 * The reverse lookup against the pain guide: at each place's sample points, the muscles that
 * answer are the muscles the book lists for it. Nothing here names a muscle for a place: the
 * guide is the data, the answers come from the zones.
 *
 * A muscle answers a place when its zones cover at least a quarter of the place's sample points
 * (`ANSWER_SHARE`, as in the mapping README). For a one-sided place the share is that of the
 * muscle on either side, whichever is larger; for a midline or both-sided place the two sides'
 * shares add up (each covers its own half). The four suboccipitals count once, as the group
 * clinicians examine and the book lists.
 */
const ANSWER_SHARE = 0.25;
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.95;

const SUBOCCIPITAL_GROUP = 'suboccipital group';
const examined = (id: string): string =>
  id.startsWith('rectus-capitis-posterior') || id.startsWith('obliquus-capitis') ? SUBOCCIPITAL_GROUP : id;

function answering(painRegionId: string): Set<string> {
  const paired = getPainRegion(painRegionId)!.paired;
  const share = new Map<string, number>();
  for (const c of musclesForRegion(painRegionId, 'left')) {
    const before = share.get(c.muscleId) ?? 0;
    share.set(c.muscleId, paired ? Math.max(before, c.share) : before + c.share);
  }
  return new Set([...share].filter(([, s]) => s >= ANSWER_SHARE).map(([id]) => examined(id)));
}

interface Agreement {
  readonly region: GuideRegion;
  readonly found: string[];
  readonly missed: string[];
  readonly wrong: string[];
  /** Answered muscles the guide does not require but allows (uncertain listings, the figures' additions). */
  readonly allowed: string[];
}

function agreement(region: GuideRegion): Agreement {
  const answered = answering(region.painRegionId!);
  const required = new Set(guideMuscles(region, { certainOnly: true }).map(examined));
  const acceptable = new Set([...acceptableMuscles(region)].map(examined));
  return {
    region,
    found: [...required].filter((id) => answered.has(id)),
    missed: [...required].filter((id) => !answered.has(id)),
    wrong: [...answered].filter((id) => !acceptable.has(id)),
    allowed: [...answered].filter((id) => acceptable.has(id) && !required.has(id)),
  };
}

const placed = painGuide.filter((r) => r.painRegionId !== undefined);
const results = placed.map(agreement);

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

describe('the reverse lookup agrees with the pain guide', () => {
  it('prints recall and precision per place', () => {
    const rows = results.map((r) => {
      const recall = ratio(r.found.length, r.found.length + r.missed.length);
      const precision = ratio(r.found.length, r.found.length + r.wrong.length);
      const extra = [...r.missed.map((m) => `missing ${m}`), ...r.wrong.map((m) => `not listed ${m}`)].join(', ');
      const counts =
        `${r.found.length}/${r.found.length + r.missed.length} listed, ${r.wrong.length} not listed, ` +
        `${r.allowed.length} allowed`;
      const figures = `recall ${recall.toFixed(2)}  precision ${precision.toFixed(2)}`;
      return `${r.region.id.padEnd(20)} ${figures}  (${counts}) ${extra}`;
    });
    console.log(rows.join('\n'));
    expect(rows).toHaveLength(placed.length);
  });

  it(`finds at least ${MIN_RECALL} of the guide's muscles, with a precision of at least ${MIN_PRECISION}`, () => {
    const found = results.reduce((n, r) => n + r.found.length, 0);
    const missed = results.reduce((n, r) => n + r.missed.length, 0);
    const wrong = results.reduce((n, r) => n + r.wrong.length, 0);
    const recall = ratio(found, found + missed);
    const precision = ratio(found, found + wrong);
    const allowed = results.reduce((n, r) => n + r.allowed.length, 0);
    console.log(
      `over ${results.length} places: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}; ` +
        `${allowed} further answers are uncertain listings or muscles the figures add`,
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it.each(results.map((r) => [r.region.id, r] as const))('%s answers at least one of its listed muscles', (_, r) => {
    expect(r.found.length + r.missed.length, 'the guide lists a certain muscle').toBeGreaterThan(0);
    expect(r.found.length).toBeGreaterThan(0);
  });
});

describe('the named places and the guide', () => {
  it('every named place has exactly one row of the guide, and every row names a real place', () => {
    for (const region of painRegions) {
      const rows = painGuide.filter((r) => r.painRegionId === region.id);
      expect(
        rows.map((r) => r.id),
        region.id,
      ).toHaveLength(1);
      expect(guideForPainRegion(region.id)).toBe(rows[0]);
    }
    for (const row of placed) expect(getPainRegion(row.painRegionId!), row.id).toBeDefined();
  });

  it('a row without a named place says why', () => {
    for (const row of painGuide.filter((r) => r.painRegionId === undefined)) expect(row.note, row.id).toBeTruthy();
  });
});
