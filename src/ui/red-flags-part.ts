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
const listeners = new Set<() => void>();

/** Fetches the red flags once; a failed fetch (offline before the offline copy) may be tried again. */
export function loadRedFlags(): Promise<void> {
  loading ??= import('./RedFlags').then(
    (m) => {
      loaded = m.RedFlags;
      for (const changed of listeners) changed();
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const subscribe = (changed: () => void) => {
  listeners.add(changed);
  return () => listeners.delete(changed);
};

/**
 * The red flags' component, null until it is in. Asked for when the dialog is open, and once the
 * first frame with the model is out (or no model can be shown).
 */
export function useRedFlags(open: boolean): ComponentType | null {
  const firstFrameOut = useModelStatus((s) => s.firstFrameDrawn || s.phase === 'failed' || s.phase === 'no-webgl');
  const RedFlags = useSyncExternalStore(subscribe, () => loaded);
  useEffect(() => {
    if (!RedFlags && (open || firstFrameOut)) loadRedFlags().catch(() => undefined);
  }, [RedFlags, open, firstFrameOut]);
  return RedFlags;
}
