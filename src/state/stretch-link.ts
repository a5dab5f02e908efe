import { isSide, type MuscleId, type Side } from '../mapping';
import { END_POSITION_MS, stretchById } from '../movement';
import type { StretchDemo } from './slices/stretch-demo';

/**
 * A stretch demonstration in a link: `stretch=<id>&side=left|right`. A link shows it still, in its
 * end position, whatever was playing when it was copied: the picture the sender meant, with the
 * Play control there to move it.
 */
export function encodeStretch(q: URLSearchParams, demo: StretchDemo | null): void {
  if (!demo) return;
  q.set('stretch', demo.stretchId);
  q.set('side', demo.side);
}

/** A stretch shown still in its end position, as a link (or a tour step's link) opens it. */
export const stillStretch = (stretchId: string, side: Side): StretchDemo => ({
  stretchId,
  side,
  playback: 'still',
  atMs: END_POSITION_MS,
});

export type StretchLink =
  | { readonly demo: StretchDemo; readonly muscle: MuscleId }
  | { readonly bad: 'unknownStretch'; readonly value: string }
  | { readonly bad: 'stretchSide' }
  | null;

/** The link's demonstration and the muscle it stretches, what was wrong with it, or null when it names none. */
export function decodeStretch(q: URLSearchParams): StretchLink {
  const id = q.get('stretch');
  const side = q.get('side');
  if (id === null) return side === null ? null : { bad: 'stretchSide' };
  const stretch = stretchById(id);
  if (!stretch) return { bad: 'unknownStretch', value: id };
  if (!isSide(side)) return { bad: 'stretchSide' };
  return {
    demo: stillStretch(stretch.id, side),
    muscle: stretch.muscles[0]!,
  };
}
