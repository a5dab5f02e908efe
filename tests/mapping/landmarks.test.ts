import { describe, expect, it } from 'vitest';
import { landmarks, midlineLandmarkNames, mToMm, pairedLandmarkNames, type LandmarkName } from '../../src/mapping';
import { distance } from '../../src/mapping/vec';

const mm = (a: LandmarkName, b: LandmarkName): number => mToMm(distance(landmarks[a], landmarks[b]));

const required = {
  midline: [
    'nasion',
    'glabella',
    'metopion',
    'bregma',
    'vertex',
    'lambda',
    'opisthocranion',
    'inion',
    'opisthion',
    'basion',
    'prosthion',
    'infradentale',
    'gnathion',
    'menton',
    'cervicale',
  ],
  paired: [
    'porion',
    'orbitale',
    'supraorbitale',
    'frontotemporale',
    'pterion',
    'euryon',
    'asterion',
    'mastoidale',
    'zygion',
    'condylion',
    'gonion',
    'acromion',
  ],
};

describe('landmarks', () => {
  it('include every required craniometric landmark, paired ones on both sides', () => {
    for (const name of required.midline) expect(landmarks).toHaveProperty(name);
    for (const name of required.paired) {
      expect(landmarks).toHaveProperty(`${name}-left`);
      expect(landmarks).toHaveProperty(`${name}-right`);
    }
  });

  it('keep midline landmarks on the midline and mirror paired ones', () => {
    for (const name of midlineLandmarkNames) expect(landmarks[name][0]).toBe(0);
    for (const name of pairedLandmarkNames) {
      const l = landmarks[`${name}-left`];
      const r = landmarks[`${name}-right`];
      expect(l[0]).toBeGreaterThan(0); // +X is the subject's left
      expect(r).toEqual([-l[0], l[1], l[2]]);
    }
  });

  it('sit in the Frankfort frame: porions on the origin axis, orbitale on y = 0, face toward +Z', () => {
    expect(landmarks['porion-left'][1]).toBe(0);
    expect(landmarks['porion-left'][2]).toBe(0);
    expect(landmarks['orbitale-left'][1]).toBe(0);
    expect(landmarks.nasion[2]).toBeGreaterThan(0.08);
    expect(landmarks.vertex[1]).toBeGreaterThan(0.1);
  });

  // Adult male means (reference section C2), checked to 5 %.
  it.each([
    ['cranial length (glabella-opisthocranion)', mm('glabella', 'opisthocranion'), 188],
    ['cranial breadth (euryon-euryon)', mm('euryon-left', 'euryon-right'), 140],
    ['basion-bregma height', mm('basion', 'bregma'), 135],
    ['bizygomatic breadth', mm('zygion-left', 'zygion-right'), 132],
    ['bigonial breadth', mm('gonion-left', 'gonion-right'), 98],
    ['nasion-menton height', mm('nasion', 'menton'), 121],
  ])('%s is within 5 %% of the adult mean', (_label, measured, target) => {
    expect(Math.abs(measured - target) / target).toBeLessThanOrEqual(0.05);
  });

  it('puts the vertex about 239 mm above C7 on the skin (ANSUR II), allowing 7 mm of scalp', () => {
    const vertical = mToMm(landmarks.vertex[1] - landmarks.cervicale[1]) + 6;
    expect(Math.abs(vertical - 238.9) / 238.9).toBeLessThanOrEqual(0.05);
  });
});
