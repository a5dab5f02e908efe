import type { MuscleId, Side } from '../mapping';

/** One muscle on one side: the unit a therapist selects and a link names. */
export interface MuscleSide {
  readonly muscleId: MuscleId;
  readonly side: Side;
}

/** The same muscle on the same side (or both none). */
export const sameChoice = (a: MuscleSide | null, b: MuscleSide | null): boolean =>
  a === b || (!!a && !!b && a.muscleId === b.muscleId && a.side === b.side);

/**
 * What a click on the head means: explore selects muscles; point asks "where does it hurt?";
 * draw paints a pain drawing; regions answers from the named-region buttons.
 */
export type Mode = 'explore' | 'point' | 'draw' | 'regions';
export const modes: readonly Mode[] = ['explore', 'point', 'draw', 'regions'];

/**
 * Whether the head answers the pointer at all. A quiz makes it inert, so a stray click cannot
 * change the muscle being asked about; the mode stays what the screen shows. Never in a link.
 */
export type HeadInput = 'live' | 'inert';

/** The pain drawing's dabs and strokes are the mapping's: it answers a drawing from them. */
export type { PainDab, PainStroke } from '../mapping';

export interface RegionChoice {
  readonly regionId: string;
  readonly side: Side;
}
