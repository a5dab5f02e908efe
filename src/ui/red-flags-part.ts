import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import { useModelStatus } from '../state';

/*
 * The disclaimer's red flags (the clinical list, its words and its sources) come in a chunk of
 * their own, out of the scripts fetched before the first frame. A first visit opens the
 * disclaimer at once, so its first render waits for them (src/main.tsx): a list arriving late
 * would push the button down under the reader's eyes (a layout shift in Lighthouse). A returning
 * visitor's page fetches them once a frame with the model is out, long before a click reopens it.
 */
let loaded: ComponentType | null = null;
let loading: Promise<void> | null = null;
/** The last fetch failed: the dialog says so and offers to try again instead of loading for ever. */
let failed = false;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** Fetches the red flags once; a failed fetch (offline before the offline copy) may be tried again. */
export function loadRedFlags(): Promise<void> {
  if (!loading && failed) {
    failed = false;
    changed();
  }
  loading ??= import('./RedFlags').then(
    (m) => {
      loaded = m.RedFlags;
      changed();
    },
    (error: unknown) => {
      loading = null;
      failed = true;
      changed();
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Where the red flags are: in (their component), on their way, or failed with a way to try again. */
export type RedFlagsPart =
  | { readonly state: 'in'; readonly RedFlags: ComponentType }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly retry: () => void };

const retry = () => void loadRedFlags().catch(() => undefined);

/**
 * The red flags, asked for when the dialog is open and once the first frame with the model is
 * out (or no model can be shown). A fetch that failed is not tried again by itself: the dialog
 * says so, with a button that tries again.
 */
export function useRedFlags(open: boolean): RedFlagsPart {
  const firstFrameOut = useModelStatus((s) => s.firstFrameDrawn || s.phase === 'failed' || s.phase === 'no-webgl');
  const RedFlags = useSyncExternalStore(subscribe, () => loaded);
  const hasFailed = useSyncExternalStore(subscribe, () => failed);
  useEffect(() => {
    if (!RedFlags && !failed && (open || firstFrameOut)) retry();
  }, [RedFlags, open, firstFrameOut]);
  if (RedFlags) return { state: 'in', RedFlags };
  return hasFailed ? { state: 'failed', retry } : { state: 'loading' };
}
