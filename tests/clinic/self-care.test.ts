import { describe, expect, it } from 'vitest';
import { muscles, sourceIds } from '../../src/mapping';
import { selfCareFor } from '../../src/clinic/self-care';

describe('self-care advice', () => {
  it.each(muscles.map((m) => [m.id, m] as const))('exists for %s, with known sources', (_id, m) => {
    const care = selfCareFor(m.id, m.group);
    expect(care).toBeDefined();
    expect(care!.movements.length + care!.habits.length).toBeGreaterThan(2);
    for (const s of care!.sources) expect(sourceIds.has(s)).toBe(true);
  });

  it('never gives doses or diagnoses', () => {
    for (const m of muscles) {
      const text = JSON.stringify(selfCareFor(m.id, m.group)).toLowerCase();
      expect(text).not.toMatch(/\b(mg|milligram|tablet|dose|you have|diagnos)/);
    }
  });
});
