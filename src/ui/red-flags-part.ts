import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import { lazyChunk, useModelStatus } from '../state';

/*
 * The disclaimer's red flags (the clinical list, its words and its sources) come in a chunk of
 * their own, out of the scripts fetched before the first frame. A first visit opens the
 * disclaimer at once, so its first render waits for them (src/main.tsx): a list arriving late
 * would push the button down under the reader's eyes (a layout shift in Lighthouse). A returning
 * visitor's page fetches them once a frame with the model is out, long before a click reopens it.
 */
export const redFlagsChunk = lazyChunk(
  () => import('./RedFlags'),
  (m) => m.RedFlags,
);

/** Fetches the red flags once; a failed fetch (offline before the offline copy) may be tried again. */
export const loadRedFlags = (): Promise<void> => redFlagsChunk.load().then(() => undefined);

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
  const chunk = useSyncExternalStore(redFlagsChunk.subscribe, redFlagsChunk.snapshot);
  const idle = chunk.state === 'idle';
  useEffect(() => {
    if (idle && (open || firstFrameOut)) retry();
  }, [idle, open, firstFrameOut]);
  if (chunk.state === 'in') return { state: 'in', RedFlags: chunk.value };
  return chunk.state === 'failed' ? { state: 'failed', retry } : { state: 'loading' };
}
