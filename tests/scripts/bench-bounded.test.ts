import { afterEach, describe, expect, it, vi } from 'vitest';
import { bounded } from '../../scripts/bench/browser-figures';

afterEach(() => vi.useRealTimers());

describe('a bench measurement is bounded', () => {
  it('passes on what the measurement gives', async () => {
    await expect(bounded('selecting the masseter', Promise.resolve(42))).resolves.toBe(42);
  });

  it('stops with the name of a measurement that never ends, instead of hanging the bench', async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => {});
    const result = bounded('selecting the upper trapezius (left)', never, 5_000);
    const caught = expect(result).rejects.toThrow('selecting the upper trapezius (left) did not finish within 5 s');
    await vi.advanceTimersByTimeAsync(5_000);
    await caught;
  });
});
