/** The heights a bottom sheet rests at: its handle row, about half the stage, nearly all of it. */
export type Detent = 'peek' | 'half' | 'full';

export const detents: readonly Detent[] = ['peek', 'half', 'full'];

export interface SheetSizes {
  /** The handle row and the selected muscle's bar: what shows when lowered. */
  readonly peek: number;
  /** The stage below the header, which the head and the sheet share. */
  readonly stage: number;
}

/**
 * Pixel height of each detent. Half leaves the head a good half of the stage (the list, the
 * muscle's name and "Turn to the pain pattern" in reach under it); full leaves a strip of the
 * head above, so it is clear what the sheet lies over.
 */
export function detentHeight(d: Detent, { peek, stage }: SheetSizes): number {
  const full = Math.max(peek, stage - 56);
  if (d === 'peek') return peek;
  if (d === 'full') return full;
  return Math.min(full, Math.max(peek + 140, Math.round(stage * 0.44)));
}

/** The detent nearest a dragged height. */
export function nearestDetent(height: number, sizes: SheetSizes): Detent {
  let best: Detent = 'peek';
  for (const d of detents)
    if (Math.abs(detentHeight(d, sizes) - height) < Math.abs(detentHeight(best, sizes) - height)) best = d;
  return best;
}

/** One step taller (+1) or lower (-1), stopping at the ends. */
export function stepDetent(d: Detent, by: 1 | -1): Detent {
  const i = Math.min(detents.length - 1, Math.max(0, detents.indexOf(d) + by));
  return detents[i]!;
}

/** A tap on the handle: a lowered sheet rises to half, a half one lowers, a full one comes back to half. */
export const tapDetent = (d: Detent): Detent => (d === 'half' ? 'peek' : 'half');
