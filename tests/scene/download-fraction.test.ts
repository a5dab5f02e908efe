import { describe, expect, it } from 'vitest';
import { downloadFraction } from '../../src/scene/load-model';

const event = (loaded: number, total: number, lengthComputable = total > 0) => ({ loaded, total, lengthComputable });

describe("the model download's progress", () => {
  it('is the share of the stated length that has come', () => {
    expect(downloadFraction(event(0, 2_000_000))).toBe(0);
    expect(downloadFraction(event(500_000, 2_000_000))).toBe(0.25);
    expect(downloadFraction(event(2_000_000, 2_000_000))).toBe(1);
  });

  it('is unknown without a length', () => {
    expect(downloadFraction(event(500_000, 0))).toBeNull();
    expect(downloadFraction(event(500_000, 2_000_000, false))).toBeNull();
  });

  it('becomes unknown once more has been unpacked than a compressing server said it would send', () => {
    // The 2.9 MB model sent as 1.9 MB of gzip, with that length: never past 100 %.
    expect(downloadFraction(event(1_900_000, 1_900_000))).toBe(1);
    expect(downloadFraction(event(1_900_001, 1_900_000))).toBeNull();
    expect(downloadFraction(event(2_880_000, 1_900_000))).toBeNull();
  });
});
