import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useViewer, zoneSurface } from '../state';
import type { PreparedModel, Surface } from './prepare-model';
import { zoneWeights } from './zone-cache';

function clear(surfaces: readonly Surface[]): void {
  for (const s of surfaces) {
    (s.zone.array as Float32Array).fill(0);
    s.zone.needsUpdate = true;
  }
}

/**
 * Writes the mapping module's zone weights of the previewed (else the selected) muscle into
 * the visible head surface's `zone` attribute: once per selection, never per frame.
 */
export function useZonePaint(model: PreparedModel): void {
  const selected = useViewer((s) => s.selected);
  const preview = useViewer((s) => s.preview);
  const surfaceName = useViewer((s) => zoneSurface(s.layers));
  const invalidate = useThree((s) => s.invalidate);
  const shown = preview ?? selected;
  const muscleId = shown?.muscleId;
  const side = shown?.side;
  useEffect(() => {
    const target = surfaceName === 'skin' ? model.skin : model.bones;
    clear(surfaceName === 'skin' ? model.bones : model.skin);
    if (!muscleId || !side) clear(target);
    else
      for (const s of target) {
        (s.zone.array as Float32Array).set(zoneWeights(s, muscleId, side));
        s.zone.needsUpdate = true;
      }
    invalidate();
  }, [model, muscleId, side, surfaceName, invalidate]);
}
