import { describe, expect, it } from 'vitest';
import { muscles, sourceIds } from '../../src/mapping';
import { SELF_CARE_ADVICE, SELF_CARE_CAUTIONS, selfCareFor, selfCarePlan } from '../../src/clinic/self-care';

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
    const cautions = new Set(muscles.flatMap((m) => selfCarePlan(m.id, m.group)!.cautions));
    expect([...cautions].sort()).toEqual(Object.keys(SELF_CARE_CAUTIONS).sort());
  });
});

describe('self-care cautions', () => {
  const plan = (id: string) => selfCarePlan(id, muscles.find((m) => m.id === id)!.group)!;

  it.each(muscles.filter((m) => ['posterior-neck', 'suboccipital', 'lateral-neck'].includes(m.group)).map((m) => m.id))(
    '%s: neck exercises come with their stop signs and no stretching just after whiplash',
    (id) => {
      expect(plan(id).cautions).toEqual(expect.arrayContaining(['neck-exercise-warning', 'whiplash-no-stretch']));
    },
  );

  it('warn about heat wherever the advice uses warmth', () => {
    for (const m of muscles) {
      const p = selfCarePlan(m.id, m.group)!;
      const warm = [...p.movements, ...p.habits].some((id) => id.startsWith('warmth'));
      expect(p.cautions.includes('heat'), m.id).toBe(warm);
    }
    expect(SELF_CARE_CAUTIONS['neck-exercise-warning']).toMatch(/dizziness.*sight.*tingling.*headache/);
    expect(SELF_CARE_CAUTIONS.heat).toMatch(/numb skin.*burn.*fall asleep/);
  });
});

describe('advice that fits its muscle', () => {
  const plan = (id: string) => selfCarePlan(id, muscles.find((m) => m.id === id)!.group)!;
  const advice = (id: string) => [...plan(id).movements, ...plan(id).habits];

  it('gives the eye, the deep neck flexors and the lower trapezius advice of their own, with the cautions', () => {
    expect(advice('superior-oblique')).not.toContain('soften-forehead');
    expect(plan('superior-oblique').cautions).toContain('no-pressure-on-eyeball');
    for (const id of ['longus-colli', 'longus-capitis']) {
      expect(advice(id), id).not.toContain('open-close-tongue-on-palate');
      expect(plan(id).cautions, id).toEqual(expect.arrayContaining(['neck-exercise-warning', 'whiplash-no-stretch']));
    }
    expect(advice('lower-trapezius')).toContain('shoulder-blades-down');
  });

  it('gives the face muscles no forehead advice, and never pressure on the eyeball', () => {
    for (const id of ['orbicularis-oculi', 'zygomaticus-major', 'buccinator'])
      expect(advice(id), id).not.toContain('soften-forehead');
    expect(plan('orbicularis-oculi').cautions).toContain('no-pressure-on-eyeball');
  });

  it('gives the platysma no clenching advice', () => {
    expect(advice('platysma')).not.toContain('stop-clenching');
    expect(advice('platysma')).not.toContain('night-grinding');
  });

  it.each(['scalene-anterior', 'scalene-middle', 'scalene-posterior'])('%s: breathing and arm symptoms', (id) => {
    expect(advice(id)).toContain('belly-breathing');
    expect(plan(id).cautions).toContain('arm-symptoms');
  });
});
