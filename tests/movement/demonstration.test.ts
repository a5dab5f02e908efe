import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEMONSTRATION,
  DEMONSTRATION_MS,
  END_POSITION_MS,
  NEUTRAL,
  demonstrationFraction,
  demonstrationPhase,
  demonstrationPose,
  isWithinRange,
  stretchPose,
  stretches,
} from '../../src/movement';

const trapezius = stretchPose(
  stretches.find((s) => s.id === 'upper-trapezius')!,
  'left',
);

describe('stretch demonstration timeline', () => {
  it('starts and ends in neutral and holds the end position between', () => {
    expect(demonstrationPose(trapezius, 0)).toEqual(NEUTRAL);
    expect(demonstrationPose(trapezius, DEMONSTRATION_MS)).toEqual(NEUTRAL);
    expect(demonstrationPose(trapezius, END_POSITION_MS)).toEqual(trapezius);
    expect(demonstrationPose(trapezius, END_POSITION_MS + DEMONSTRATION.holdMs)).toEqual(trapezius);
  });

  it('names its phases in order', () => {
    expect(demonstrationPhase(0)).toBe('into');
    expect(demonstrationPhase(END_POSITION_MS - 1)).toBe('into');
    expect(demonstrationPhase(END_POSITION_MS)).toBe('hold');
    expect(demonstrationPhase(END_POSITION_MS + DEMONSTRATION.holdMs)).toBe('back');
    expect(demonstrationPhase(DEMONSTRATION_MS)).toBe('done');
  });

  it('eases: slow at both ends of each move, fastest in the middle', () => {
    const step = 50;
    const speed = (ms: number) => Math.abs(demonstrationFraction(ms + step) - demonstrationFraction(ms));
    expect(speed(0)).toBeLessThan(speed(DEMONSTRATION.intoMs / 2 - step / 2) / 10);
    expect(speed(DEMONSTRATION.intoMs - step)).toBeLessThan(speed(DEMONSTRATION.intoMs / 2 - step / 2) / 10);
  });

  it('never leaves the range between neutral and the end position', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: DEMONSTRATION_MS + 1000, noNaN: true }),
        fc.nat(stretches.length - 1),
        (ms, i) => {
          const end = stretchPose(stretches[i]!, 'right');
          const f = demonstrationFraction(ms);
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
          expect(isWithinRange(demonstrationPose(end, ms))).toBe(true);
        },
      ),
    );
  });
});
