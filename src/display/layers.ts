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
export const layerToggles: readonly LayerToggle[] = [
  'superficial',
  'intermediate',
  'deep',
  'bones',
  'isolate',
  'otherSide',
];
