import type { Tour } from '../tours';

/**
 * The guided tours come in a chunk of their own: a visitor who never plays one does not fetch
 * them before the first frame. Whatever shows a tour has asked for them first (a link naming a
 * tour waits for them before the first render, the Tours menu loads them with its list, a tour's
 * card needs a tour started); a caller that has not (the embedding page's messages) starts its
 * tour once they are in.
 */
let library: typeof import('../tours') | null = null;
let loading: Promise<void> | null = null;

/** Fetches the tours once; a failed fetch (offline before the offline copy) may be tried again. */
export function loadTours(): Promise<void> {
  loading ??= import('../tours').then(
    (tours) => {
      library = tours;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** True once the tours are in, so a tour can be looked up at once. */
export const toursLoaded = (): boolean => library !== null;

/** The tour of that id; undefined for an unknown id, and before the tours are in. */
export const loadedTour = (id: string): Tour | undefined => library?.getTour(id);
