import type { Side, Vec3 } from '../mapping';

/** One muscle on one side: the unit a therapist selects and a link names. */
export interface MuscleSide {
  readonly muscleId: string;
  readonly side: Side;
}

/**
 * What a click on the head means: explore selects muscles; point asks "where does it hurt?";
 * draw paints a pain drawing; regions answers from the named-region buttons.
 */
export type Mode = 'explore' | 'point' | 'draw' | 'regions';
export const modes: readonly Mode[] = ['explore', 'point', 'draw', 'regions'];

/** A brush dab of the pain drawing: a round patch on the head surface, model space. */
export interface PainDab {
  readonly at: Vec3;
  readonly radiusMm: number;
}

/** One brush stroke, from pointer down to pointer up; undo removes whole strokes. */
export interface PainStroke {
  readonly erase: boolean;
  readonly dabs: readonly PainDab[];
}

export interface RegionChoice {
  readonly regionId: string;
  readonly side: Side;
}
