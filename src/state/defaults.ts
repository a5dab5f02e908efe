import type { Layers } from '../display';

/** The first screen: skin ghosted so the muscles show through, everything else visible. */
export const defaultLayers: Layers = {
  skin: 'ghosted',
  superficial: true,
  intermediate: true,
  deep: true,
  bones: true,
  isolate: false,
  otherSide: true,
};

export const BRUSH_MIN_MM = 4;
export const BRUSH_MAX_MM = 40;
export const DEFAULT_BRUSH_MM = 12;
/** Keeps links short enough for every browser and mail client. */
export const MAX_DABS = 600;
