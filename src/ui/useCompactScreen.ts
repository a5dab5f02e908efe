import { useCallback, useSyncExternalStore } from 'react';
import { compactScreenQuery, sideSheetQuery } from '../display';

/** Whether a media query matches, following the screen as it turns or resizes. */
function useMediaQuery(query: string): boolean {
  const list = useCallback(
    (): MediaQueryList | undefined => (typeof window === 'undefined' ? undefined : window.matchMedia?.(query)),
    [query],
  );
  const subscribe = useCallback(
    (change: () => void) => {
      const l = list();
      l?.addEventListener('change', change);
      return () => l?.removeEventListener('change', change);
    },
    [list],
  );
  return useSyncExternalStore(
    subscribe,
    () => list()?.matches === true,
    () => false,
  );
}

/** A phone or an upright tablet: the head leads and one sheet holds the panels. */
export const useCompactScreen = (): boolean => useMediaQuery(compactScreenQuery);

/** A phone on its side: the sheet stands open beside the head. */
export const useSideSheet = (): boolean => useMediaQuery(sideSheetQuery);
