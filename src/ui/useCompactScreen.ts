import { useSyncExternalStore } from 'react';
import { compactScreenQuery } from '../display';

const query = (): MediaQueryList | undefined =>
  typeof window === 'undefined' ? undefined : window.matchMedia?.(compactScreenQuery);

const subscribe = (change: () => void) => {
  const list = query();
  list?.addEventListener('change', change);
  return () => list?.removeEventListener('change', change);
};

/** Whether the screen is a phone or an upright tablet; follows a tablet that turns. */
export function useCompactScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches === true,
    () => false,
  );
}
