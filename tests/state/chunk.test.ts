import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from '../../src/state/chunk';

/** A module import the test settles by hand, as a slow or dropped connection would. */
function controlledImport() {
  const calls: { resolve: (m: { value: string }) => void; reject: (e: Error) => void }[] = [];
  const importModule = vi.fn(
    () =>
      new Promise<{ value: string }>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { importModule, calls };
}

describe('a chunk fetched once, when first asked for', () => {
  it('is idle until asked, then loading, then in with what it picked', async () => {
    const { importModule, calls } = controlledImport();
    const chunk = lazyChunk(importModule, (m) => m.value);
    expect(chunk.snapshot()).toEqual({ state: 'idle' });
    expect(importModule).not.toHaveBeenCalled();

    const first = chunk.load();
    const second = chunk.load();
    expect(chunk.snapshot()).toEqual({ state: 'loading' });
    expect(importModule).toHaveBeenCalledTimes(1);

    calls[0]!.resolve({ value: 'red flags' });
    await expect(first).resolves.toBe('red flags');
    await expect(second).resolves.toBe('red flags');
    expect(chunk.snapshot()).toEqual({ state: 'in', value: 'red flags' });
    await chunk.load();
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('says it failed, does not try again by itself, and comes on the next load', async () => {
    const { importModule, calls } = controlledImport();
    const chunk = lazyChunk(importModule, (m) => m.value);
    const failed = chunk.load();
    calls[0]!.reject(new Error('Failed to fetch dynamically imported module'));
    await expect(failed).rejects.toThrow('Failed to fetch');
    expect(chunk.snapshot()).toEqual({ state: 'failed' });
    expect(importModule).toHaveBeenCalledTimes(1);

    const again = chunk.load();
    expect(chunk.snapshot()).toEqual({ state: 'loading' });
    calls[1]!.resolve({ value: 'tours' });
    await expect(again).resolves.toBe('tours');
    expect(chunk.snapshot()).toEqual({ state: 'in', value: 'tours' });
  });

  it('tells its listeners of each change, with a snapshot that stays the same object between changes', async () => {
    const { importModule, calls } = controlledImport();
    const chunk = lazyChunk(importModule, (m) => m.value);
    const seen: string[] = [];
    const unsubscribe = chunk.subscribe(() => seen.push(chunk.snapshot().state));
    const loading = chunk.load();
    expect(chunk.snapshot()).toBe(chunk.snapshot());
    calls[0]!.resolve({ value: 'x' });
    await loading;
    unsubscribe();
    await chunk.load();
    expect(seen).toEqual(['loading', 'in']);
  });
});
