import { describe, expect, it } from 'vitest';
import { isMuscleId, isSourceId, painGuide, guideMuscles, getGuideRegion } from '../../src/mapping';

describe('the pain guide as data', () => {
  it('has unique region ids, each found by its id', () => {
    const ids = painGuide.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getGuideRegion(id)?.id).toBe(id);
  });

  it('names only catalogue muscles and known sources', () => {
    for (const r of painGuide) {
      for (const id of [...guideMuscles(r), ...r.alsoInFigures]) expect(isMuscleId(id), `${r.id}: ${id}`).toBe(true);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(isSourceId(s), `${r.id}: ${s}`).toBe(true);
    }
  });

  it('lists each muscle once per place, never both listed and only in the figures', () => {
    for (const r of painGuide) {
      const listed = r.listed.flatMap((l) => l.muscleIds);
      expect(new Set(listed).size, r.id).toBe(listed.length);
      for (const id of r.alsoInFigures) expect(listed, `${r.id}: ${id}`).not.toContain(id);
    }
  });

  it('keeps the book order and groups: the suboccipital group is one listing of four muscles', () => {
    const back = getGuideRegion('back-of-head')!;
    expect(guideMuscles(back)[0]).toBe('upper-trapezius');
    const group = back.listed.find((l) => l.book === 'Suboccipital group');
    expect(group?.muscleIds).toHaveLength(4);
    expect(guideMuscles(getGuideRegion('ear')!)[0]).toBe('lateral-pterygoid');
  });
});
