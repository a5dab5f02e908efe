import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useViewer, zoneSurface, type PainStroke } from '../state';
import { appliedPrefix, applyDab, clearPaint } from './paint-mask';
import type { PreparedModel, Surface } from './prepare-model';

/**
 * Keeps the `paint` attribute of the visible head surface in step with the pain drawing,
 * applying only the new dabs while a stroke goes on. Only a picture: the mapping module answers
 * the drawing from its strokes, with or without a model.
 */
export function usePainMask(model: PreparedModel): void {
  const strokes = useViewer((s) => s.strokes);
  const surfaceName = useViewer((s) => zoneSurface(s.layers));
  const invalidate = useThree((s) => s.invalidate);
  const applied = useRef<{ strokes: readonly PainStroke[]; surfaces: readonly Surface[] }>({
    strokes: [],
    surfaces: [],
  });

  useEffect(() => {
    const surfaces = surfaceName === 'skin' ? model.skin : model.bones;
    const last = applied.current;
    let skip = last.surfaces === surfaces ? appliedPrefix(last.strokes, strokes) : -1;
    if (skip < 0) {
      for (const s of [...model.skin, ...model.bones]) clearPaint(s);
      skip = 0;
    }
    let index = 0;
    for (const stroke of strokes) {
      for (const dab of stroke.dabs) {
        if (index++ < skip) continue;
        for (const s of surfaces) applyDab(s, dab, stroke.erase);
      }
    }
    applied.current = { strokes, surfaces };
    invalidate();
  }, [model, strokes, surfaceName, invalidate]);
}
