import { describe, expect, it } from 'vitest';
import {
  describeMuscle,
  isLandmarkName,
  isLandmarkRef,
  isMuscleId,
  isSourceId,
  muscleIds,
  muscles,
  resolveAnchor,
  sidedLandmarkName,
  sides,
  sourceIds,
  sources,
  type LandmarkRef,
} from '../../src/mapping';
import { muscleSchema } from '../../src/mapping/schema';
import type { Anchor } from '../../src/mapping';

function anchorsOf(m: (typeof muscles)[number]): Anchor[] {
  return m.triggerPoints.flatMap((t) => [t.at, ...t.zones.flatMap((z) => z.strokes.flatMap((s) => s.path))]);
}

describe('muscle catalogue contract', () => {
  it('has muscles', () => {
    expect(muscles.length).toBeGreaterThan(0);
  });

  it.each(muscles.map((m) => [m.id, m] as const))('%s, with its story, matches the schema', (_id, m) => {
    // describeMuscle throws where the story misses a trigger point or describes a different number of zones.
    const parsed = muscleSchema.safeParse(describeMuscle(m));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 1)).toBe(true);
  });

  it('lists every muscle of muscleIds once, in its order', () => {
    expect(muscles.map((m) => m.id)).toEqual(muscleIds);
  });

  it('tells its ids from strings that come from outside', () => {
    expect([isMuscleId('temporalis'), isMuscleId('spleen'), isMuscleId('__proto__'), isMuscleId(7)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([isSourceId('TS-1999'), isSourceId('TS-1998'), isSourceId('toString')]).toEqual([true, false, false]);
    expect([
      isLandmarkRef('porion'),
      isLandmarkRef('inion'),
      isLandmarkRef('porion-left'),
      isLandmarkRef('constructor'),
    ]).toEqual([true, true, false, false]);
  });

  it('has unique muscle ids and unique trigger point ids within each muscle', () => {
    expect(new Set(muscles.map((m) => m.id)).size).toBe(muscles.length);
    for (const m of muscles) {
      const ids = m.triggerPoints.map((t) => t.id);
      expect(new Set(ids).size, m.id).toBe(ids.length);
    }
  });

  it('cites only known sources, on every muscle and trigger point', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const m of muscles) {
      for (const id of m.sources) expect(sourceIds.has(id), `${m.id} cites ${id}`).toBe(true);
      for (const t of m.triggerPoints) {
        for (const id of t.sources) expect(sourceIds.has(id), `${m.id}/${t.id} cites ${id}`).toBe(true);
      }
    }
  });

  it('names only landmarks that exist, on both sides', () => {
    for (const m of muscles) {
      for (const a of anchorsOf(m)) {
        for (const side of sides) {
          for (const ref of [a.landmark, a.toward].filter((r): r is LandmarkRef => !!r)) {
            expect(isLandmarkName(sidedLandmarkName(ref, side)), `${m.id}: ${ref}`).toBe(true);
          }
          const p = resolveAnchor(a, side);
          expect(p.every(Number.isFinite)).toBe(true);
        }
      }
    }
  });

  it('gives every head-referring muscle an essential zone', () => {
    for (const m of muscles.filter((x) => x.refersToHead)) {
      const levels = m.triggerPoints.flatMap((t) => t.zones.map((z) => z.level));
      expect(levels, m.id).toContain('essential');
    }
  });

  it('places trigger points on the muscle side of the body or the midline', () => {
    for (const m of muscles) {
      for (const t of m.triggerPoints) {
        expect(resolveAnchor(t.at, 'left')[0], `${m.id}/${t.id}`).toBeGreaterThanOrEqual(-0.002);
        expect(resolveAnchor(t.at, 'right')[0], `${m.id}/${t.id}`).toBeLessThanOrEqual(0.002);
      }
    }
  });
});
