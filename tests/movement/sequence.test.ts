import { describe, expect, it } from 'vitest';
import {
  DEMONSTRATION_MS,
  END_POSITION_MS,
  NEUTRAL,
  demonstrationPose,
  exercises,
  isWithinRange,
  positionKind,
  positionMs,
  sequenceMoment,
  sequenceMs,
  sequencePose,
  stretchPose,
  stretches,
} from '../../src/movement';

const byId = (id: string) => exercises.find((e) => e.id === id)!;

describe('the timeline of a sequence of positions', () => {
  it('is a stretch demonstration exactly for neutral, a position and neutral', () => {
    const end = stretchPose(
      stretches.find((s) => s.id === 'upper-trapezius')!,
      'left',
    );
    expect(sequenceMs(3)).toBe(DEMONSTRATION_MS);
    expect(positionMs(1)).toBe(END_POSITION_MS);
    for (const ms of [0, 600, 1250, 2500, 4000, 5500, 6200, 8000, 9000])
      expect(sequencePose([NEUTRAL, end, NEUTRAL], ms)).toEqual(demonstrationPose(end, ms));
  });

  it('reaches every position at its moment, holds it, and ends in the last', () => {
    for (const e of exercises) {
      const n = e.sequence.length;
      e.sequence.forEach((pose, i) => {
        expect(sequencePose(e.sequence, positionMs(i))).toEqual(pose);
        if (i > 0 && i < n - 1) {
          expect(sequencePose(e.sequence, positionMs(i) + 2999)).toEqual(pose);
          expect(sequenceMoment(n, positionMs(i) + 100)).toEqual({ position: i, moving: false, done: false });
          expect(sequenceMoment(n, positionMs(i) + 3100)).toEqual({ position: i, moving: true, done: false });
        }
      });
      expect(sequenceMoment(n, sequenceMs(n))).toEqual({ position: n - 1, moving: false, done: true });
      expect(sequencePose(e.sequence, sequenceMs(n) + 1000)).toEqual(e.sequence[n - 1]);
    }
  });

  it('stays within every range between positions', () => {
    for (const e of exercises)
      for (let ms = 0; ms <= sequenceMs(e.sequence.length); ms += 250)
        expect(isWithinRange(sequencePose(e.sequence, ms)), `${e.id} at ${ms} ms`).toBe(true);
  });
});

describe('what each position does', () => {
  it('names the exercises positions from their poses', () => {
    expect(byId('craniocervical-flexion').sequence.map(positionKind)).toEqual(['neutral', 'nod', 'neutral']);
    expect(byId('scapular-retraction').sequence.map(positionKind)).toEqual(['neutral', 'retraction', 'neutral']);
    expect(byId('range-of-motion-turns').sequence.map(positionKind)).toEqual([
      'neutral',
      'rotation-left',
      'neutral',
      'rotation-right',
      'neutral',
      'side-bend-left',
      'neutral',
      'side-bend-right',
      'neutral',
    ]);
  });

  it('names flexion of the whole neck and extension apart from the nod', () => {
    const flexed = stretchPose(
      stretches.find((s) => s.id === 'semispinalis-capitis')!,
      'left',
    );
    expect(positionKind(flexed)).toBe('flexion');
    expect(
      positionKind(
        stretchPose(
          stretches.find((s) => s.id === 'platysma')!,
          'left',
        ),
      ),
    ).toBe('extension');
  });
});
