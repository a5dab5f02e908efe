import type { Tour } from '../tours';
import { lazyChunk } from './chunk';

/**
 * The guided tours come in a chunk of their own: a visitor who never plays one does not fetch
 * them before the first frame. Whatever shows a tour has asked for them first (a link naming a
 * tour waits for them before the first render, the Tours menu loads them with its list, a tour's
 * card needs a tour started); a caller that has not (the embedding page's messages) starts its
 * tour once they are in.
 */
const tours = lazyChunk(
  () => import('../tours'),
  (library) => library.getTour,
);

/** Fetches the tours once; a failed fetch (offline before the offline copy) may be tried again. */
export const loadTours = (): Promise<void> => tours.load().then(() => undefined);

/** True once the tours are in, so a tour can be looked up at once. */
export const toursLoaded = (): boolean => tours.snapshot().state === 'in';

/** The tour of that id; undefined for an unknown id, and before the tours are in. */
export function loadedTour(id: string): Tour | undefined {
  const library = tours.snapshot();
  return library.state === 'in' ? library.value(id) : undefined;
}
