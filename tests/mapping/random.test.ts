import { describe, expect, it } from 'vitest';
import { pick, seededRandom, shuffled } from '../../src/mapping';

describe('the seeded random generator', () => {
  it('walks the same numbers from a seed on every machine (a quiz link stays the same quiz)', () => {
    const next = seededRandom(482913);
    expect([next(), next(), next()]).toEqual([0.036796912318095565, 0.8229757314547896, 0.6929165113251656]);
  });

  it('stays in [0, 1) and differs between seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.slice(0, 5)).not.toEqual(Array.from({ length: 5 }, () => b()));
  });

  it('picks from a list and shuffles a copy', () => {
    const items = ['trapezius', 'temporalis', 'masseter'];
    expect(items).toContain(pick(seededRandom(7), items));
    const mixed = shuffled(seededRandom(7), items);
    expect([...mixed].sort()).toEqual([...items].sort());
    expect(items).toEqual(['trapezius', 'temporalis', 'masseter']);
    expect(() => pick(seededRandom(7), [])).toThrow();
  });
});
