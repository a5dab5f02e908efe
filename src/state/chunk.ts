/**
 * A part of the viewer's own scripts kept out of the first load and fetched once, when first
 * asked for (the guided tours, the disclaimer's red flags). A fetch that failed (a dropped
 * connection before the offline copy was made) is not tried again by itself: the next `load`,
 * a reader's "try again", tries again.
 */
export type ChunkState<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'in'; readonly value: T }
  | { readonly state: 'failed' };

export interface Chunk<T> {
  /** Fetches the chunk once; after a failure, fetches it again. */
  load(): Promise<T>;
  /** Where the chunk is; the same object until it changes, as React's external stores need. */
  snapshot(): ChunkState<T>;
  /** Calls `listener` on every change of the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A chunk from its dynamic import; `pick` takes what the viewer needs out of the module. */
export function lazyChunk<M, T>(importModule: () => Promise<M>, pick: (module: M) => T): Chunk<T> {
  let current: ChunkState<T> = { state: 'idle' };
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const become = (next: ChunkState<T>) => {
    current = next;
    listeners.forEach((listener) => listener());
  };
  return {
    load() {
      if (loading) return loading;
      become({ state: 'loading' });
      loading = importModule().then(
        (module) => {
          const value = pick(module);
          become({ state: 'in', value });
          return value;
        },
        (error: unknown) => {
          loading = null;
          become({ state: 'failed' });
          throw error;
        },
      );
      return loading;
    },
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
