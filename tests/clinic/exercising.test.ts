import { describe, expect, it } from 'vitest';
import { exerciseIds } from '../../src/clinic/exercise-ids';
import { EXERCISE_STOP, EXERCISE_STOP_SOURCES, EXERCISE_WORDS } from '../../src/clinic/exercising';
import { sourceIds } from '../../src/mapping';
import { exercises } from '../../src/movement';

describe('the words of the exercises the model shows', () => {
  it('word every exercise the movement layer plays, and nothing else', () => {
    expect(exercises.map((e) => e.id).sort()).toEqual([...exerciseIds].sort());
  });

  it('say how, how long and how often in both voices, with known sources', () => {
    for (const id of exerciseIds) {
      const w = EXERCISE_WORDS[id];
      for (const reader of ['patient', 'clinician'] as const) {
        expect(w.how[reader].length, `${id} how`).toBeGreaterThan(40);
        // How long and how often: a hold or a count, and a frequency.
        expect(w.dose[reader], `${id} dose`).toMatch(/\d/);
        expect(w.dose[reader], `${id} dose`).toMatch(/day|daily/);
      }
    }
    for (const s of [...EXERCISE_STOP_SOURCES, ...exercises.flatMap((e) => e.sources)])
      expect(sourceIds.has(s)).toBe(true);
  });

  it('say when to stop: the neck warning signs, for both readers', () => {
    expect(EXERCISE_STOP.patient).toMatch(/dizziness.*sight.*headache/);
    expect(EXERCISE_STOP.clinician).toMatch(/dizziness.*visual.*headache.*cervical arteries/);
  });
});
