import { describe, expect, it } from 'vitest';
import { getMuscle } from '../../src/mapping';
import { getTour, tours } from '../../src/tours';

const views = ['front', 'left', 'right', 'back', 'top', 'three-quarter-left', 'three-quarter-right'];

describe('guided tours', () => {
  it('have unique ids, and unique step ids within each tour', () => {
    expect(new Set(tours.map((t) => t.id)).size).toBe(tours.length);
    for (const t of tours) expect(new Set(t.steps.map((s) => s.id)).size, t.id).toBe(t.steps.length);
  });

  it.each(tours.flatMap((t) => t.steps.map((s) => [t.id, s.id, s] as const)))(
    '%s / %s names a real muscle and view',
    (_t, _s, step) => {
      expect(getMuscle(step.muscleId), step.muscleId).toBeDefined();
      expect(views).toContain(step.view);
      expect(step.text.length).toBeGreaterThan(20);
      expect(step.patientText.length).toBeGreaterThan(20);
    },
  );

  it('walk through the classic headache chart', () => {
    const ids = getTour('neck-pain-and-headaches')!.steps.map((s) => s.muscleId);
    for (const id of [
      'upper-trapezius',
      'sternocleidomastoid-sternal',
      'sternocleidomastoid-clavicular',
      'splenius-capitis',
      'splenius-cervicis',
      'semispinalis-capitis',
      'levator-scapulae',
      'temporalis',
      'masseter-superficial',
    ]) {
      expect(ids).toContain(id);
    }
    expect(
      ids.some((id) =>
        [
          'rectus-capitis-posterior-major',
          'rectus-capitis-posterior-minor',
          'obliquus-capitis-superior',
          'obliquus-capitis-inferior',
        ].includes(id),
      ),
    ).toBe(true);
  });

  it('include a tour for jaw and face pain', () => {
    expect(getTour('jaw-and-face-pain')?.steps.length).toBeGreaterThan(3);
  });
});
