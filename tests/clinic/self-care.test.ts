import { describe, expect, it } from 'vitest';
import { muscles, sourceIds } from '../../src/mapping';
import { SELF_CARE_ADVICE, selfCareFor, selfCarePlan } from '../../src/clinic/self-care';

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

  it('uses every piece of advice it defines, so none waits for a translation in vain', () => {
    const used = new Set(
      muscles.flatMap((m) => {
        const plan = selfCarePlan(m.id, m.group)!;
        return [...plan.movements, ...plan.habits];
      }),
    );
    expect([...used].sort()).toEqual(Object.keys(SELF_CARE_ADVICE).sort());
  });
});
