import type { MuscleId, Side, Vec3 } from '../mapping';

/** One muscle on one side: the unit a therapist selects and a link names. */
export interface MuscleSide {
  readonly muscleId: MuscleId;
  readonly side: Side;
}

/**
 * What a click on the head means: explore selects muscles; point asks "where does it hurt?";
 * draw paints a pain drawing; regions answers from the named-region buttons.
 */
export type Mode = 'explore' | 'point' | 'draw' | 'regions';
export const modes: readonly Mode[] = ['explore', 'point', 'draw', 'regions'];

export type SkinLayer = 'opaque' | 'ghosted' | 'hidden';
export const skinLayers: readonly SkinLayer[] = ['opaque', 'ghosted', 'hidden'];

/** Muscles are shown by depth: superficial = layer 1, intermediate = layers 2-3, deep = layer 4. */
export interface Layers {
  readonly skin: SkinLayer;
  readonly superficial: boolean;
  readonly intermediate: boolean;
  readonly deep: boolean;
  readonly bones: boolean;
  /** Show only the selected muscle (plus skin and bones as set). */
  readonly isolate: boolean;
  /** Show the muscles of the side opposite the selected muscle. */
  readonly otherSide: boolean;
}

export type LayerToggle = Exclude<keyof Layers, 'skin'>;
export const layerToggles: readonly LayerToggle[] = ['superficial', 'intermediate', 'deep', 'bones', 'isolate', 'otherSide'];

/**
 * Camera presets. The three-quarter views (front and one side at once) frame muscles such as the
 * upper trapezius and the SCM whose zones wrap from the neck round to the face; guided tours use
 * them, links carry them, but the view bar offers only the five plain ones (`buttonViews`), so it
 * still fits a phone.
 */
export type ViewName = 'front' | 'left' | 'right' | 'back' | 'top' | 'three-quarter-left' | 'three-quarter-right';
export const viewNames: readonly ViewName[] = ['front', 'left', 'right', 'back', 'top', 'three-quarter-left', 'three-quarter-right'];
export const buttonViews: readonly ViewName[] = ['front', 'left', 'right', 'back', 'top'];

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
