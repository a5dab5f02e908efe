import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headSurfacePoint, uniform } from '../../scripts/lib/head-points';
import { definedReferral, nearStroke } from './zone-oracle';
import {
  muscles,
  musclesForPainArea,
  musclesReferringTo,
  radialDirection,
  referralAt,
  referralWeights,
  otherSide,
  sides,
  type MuscleId,
  type Side,
  type Vec3,
} from '../../src/mapping';
import { mirrorX as mirror } from '../../src/mapping/vec';

const muscleId = fc.constantFrom(...muscles.map((m) => m.id));
const side = fc.constantFrom<Side>(...sides);

describe('forward zones and reverse lookup agree', () => {
  it('samples points that zones actually cover, so the properties below are not vacuous', () => {
    const pts = fc.sample(headSurfacePoint, { numRuns: 500, seed: 7 });
    const covered = pts.filter((p) => musclesReferringTo(p).length > 0).length;
    // With the full catalogue about a third of the head and neck is someone's zone.
    expect(covered / pts.length).toBeGreaterThan(0.25);
  });

  it(
    'lists a muscle exactly where its zone definition covers the point, at the level and weight the definition ' +
      'gives',
    () => {
      // Points anywhere on the head, and points close to one of the muscle's own strokes, so
      // that both "listed" and "not listed" are checked often.
      const case_ = fc
        .tuple(muscleId, side)
        .chain(([id, s]) => fc.tuple(fc.constant(id), fc.constant(s), fc.oneof(headSurfacePoint, nearStroke(id, s))));
      let listed = 0;
      fc.assert(
        fc.property(case_, ([id, s, p]) => {
          const want = definedReferral(id, s, p);
          // Not on a zone's outer rim, nor where the two levels all but tie: there, rounding
          // decides. An exact tie (both 1 inside overlapping zones) goes to essential.
          const tie = want.essential - want.spillover / 2;
          fc.pre(!want.nearRim && (tie === 0 || Math.abs(tie) > 1e-9));
          const found = musclesReferringTo(p).find((c) => c.muscleId === id && c.side === s);
          if (want.level === null) {
            expect(found).toBeUndefined();
          } else {
            listed++;
            expect(found?.level).toBe(want.level);
            expect(found?.weight).toBeCloseTo(want.level === 'essential' ? want.essential : want.spillover, 9);
          }
        }),
        { numRuns: 400 },
      );
      expect(listed).toBeGreaterThan(40);
    },
  );

  it('keeps weights in [0, 1] and a level exactly when the weight is positive', () => {
    fc.assert(
      fc.property(muscleId, side, headSurfacePoint, (id, s, p) => {
        const r = referralAt(id, s, p);
        expect(r.weight).toBeGreaterThanOrEqual(0);
        expect(r.weight).toBeLessThanOrEqual(1);
        expect(r.level === null).toBe(r.weight === 0);
      }),
      { numRuns: 400 },
    );
  });

  it('mirrors the answers when the sides are swapped', () => {
    fc.assert(
      fc.property(muscleId, side, headSurfacePoint, (id, s, p) => {
        const a = referralAt(id, s, p);
        const b = referralAt(id, otherSide(s), mirror(p));
        expect(b.level).toBe(a.level);
        expect(b.weight).toBeCloseTo(a.weight, 12);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(headSurfacePoint, (p) => {
        const a = musclesReferringTo(p).map((c) => `${c.muscleId}:${otherSide(c.side)}:${c.level}`);
        const b = musclesReferringTo(mirror(p)).map((c) => `${c.muscleId}:${c.side}:${c.level}`);
        expect(new Set(b)).toEqual(new Set(a));
      }),
      { numRuns: 100 },
    );
  });

  it('answers the skull and the skin straight above it alike', () => {
    fc.assert(
      fc.property(headSurfacePoint, uniform(0, 0.008), (p, scalp) => {
        fc.pre(Math.abs(p[0]) <= 0.08);
        const n = radialDirection(p);
        const skin: Vec3 = [p[0] + n[0] * scalp, p[1] + n[1] * scalp, p[2] + n[2] * scalp];
        const key = (c: { muscleId: string; side: string; level: string }) => `${c.muscleId}:${c.side}:${c.level}`;
        expect(musclesReferringTo(skin).map(key)).toEqual(musclesReferringTo(p).map(key));
      }),
      { numRuns: 200 },
    );
  });

  it('ranks by one score, level and weight together (spillover weights count half)', () => {
    fc.assert(
      fc.property(headSurfacePoint, (p) => {
        const list = musclesReferringTo(p);
        for (const c of list) expect(c.score).toBeCloseTo(c.level === 'essential' ? c.weight : c.weight / 2, 12);
        for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
      }),
      { numRuns: 200 },
    );
  });

  it('paints with the same numbers the lookup uses (bulk weights)', () => {
    fc.assert(
      fc.property(muscleId, side, fc.array(headSurfacePoint, { minLength: 1, maxLength: 30 }), (id, s, pts) => {
        const out = referralWeights(id, s, pts.flat());
        pts.forEach((p, i) => {
          const r = referralAt(id, s, p);
          if (r.level) expect(out[i * 2 + (r.level === 'essential' ? 0 : 1)]!).toBeCloseTo(r.weight, 6);
          else expect(Math.max(out[i * 2]!, out[i * 2 + 1]!)).toBe(0);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('explains a painted area by the same zones: a one-point drawing lists the point lookup', () => {
    fc.assert(
      fc.property(headSurfacePoint, (p) => {
        const area = musclesForPainArea([p]);
        const point = musclesReferringTo(p);
        expect(new Set(area.map((c) => `${c.muscleId}:${c.side}:${c.level}`))).toEqual(
          new Set(point.map((c) => `${c.muscleId}:${c.side}:${c.level}`)),
        );
        for (const c of area) expect(c.share).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it('gives shares in [0, 1] and ranks by score', () => {
    fc.assert(
      fc.property(fc.array(headSurfacePoint, { minLength: 1, maxLength: 40 }), (pts) => {
        const list = musclesForPainArea(pts);
        for (const c of list) {
          expect(c.share).toBeGreaterThan(0);
          expect(c.share).toBeLessThanOrEqual(1);
          expect(c.essentialShare).toBeLessThanOrEqual(c.share);
        }
        for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
      }),
      { numRuns: 60 },
    );
  });

  it('returns nothing for an empty drawing and rejects unknown muscles clearly', () => {
    expect(musclesForPainArea([])).toEqual([]);
    // As from a caller outside TypeScript's reach (a script, a stale cache).
    expect(() => referralAt('no-such-muscle' as MuscleId, 'left', [0, 0, 0])).toThrow(/Unknown muscle/);
  });
});
