import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { mmToM, type Vec3 } from '../mapping';
import { useViewer } from '../state';
import { useBoundsTrees } from './useBoundsTrees';
import { contextOf, firstPick, muscleOf, pointerMode } from './picking';
import type { PreparedModel } from './prepare-model';
import { useLayerVisibility } from './useLayerVisibility';
import { usePainMask } from './usePainMask';
import { useSelectionHighlight } from './useSelectionHighlight';
import { useZonePaint } from './useZonePaint';

/** A click, not the end of an orbit drag: the pointer moved less than this many pixels. */
const CLICK_SLOP_PX = 5;

const toVec3 = (p: { x: number; y: number; z: number }): Vec3 => [p.x, p.y, p.z];

/**
 * The loaded model with its behaviour: layers, highlight, zones, pain drawing, and what a
 * pointer does in each mode (nothing while the head is inert). The rules come from the store and the mapping module.
 */
export function ModelView({ model }: { readonly model: PreparedModel }) {
  useBoundsTrees(model.root);
  useLayerVisibility(model);
  useSelectionHighlight(model);
  useZonePaint(model);
  usePainMask(model);
  const drawing = useRef<Vec3 | null>(null);
  // A stroke ends wherever the pointer is released, on the head or off it.
  useEffect(() => {
    const end = () => (drawing.current = null);
    window.addEventListener('pointerup', end);
    return () => window.removeEventListener('pointerup', end);
  }, []);

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const s = useViewer.getState();
    const mode = pointerMode(s);
    const hit = firstPick(e.intersections, mode);
    if (mode === 'explore') {
      s.setHovered(muscleOf(hit));
      s.setHoveredContext(contextOf(hit));
      document.body.style.cursor = hit ? 'pointer' : '';
      return;
    }
    if (mode === 'draw' && drawing.current && hit) {
      const last = drawing.current;
      const p = toVec3(hit.point);
      const step = mmToM(s.brushMm) * 0.35;
      if (Math.hypot(p[0] - last[0], p[1] - last[1], p[2] - last[2]) < step) return;
      drawing.current = p;
      s.addDab({ at: p, radiusMm: s.brushMm });
    }
  };

  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const s = useViewer.getState();
    const mode = pointerMode(s);
    if (mode !== 'draw' || e.nativeEvent.button !== 0) return;
    if (drawing.current) {
      // A second finger: the user is turning the head, so the stroke the first finger began was no stroke.
      drawing.current = null;
      s.undoStroke();
      return;
    }
    const hit = firstPick(e.intersections, mode);
    if (!hit) return;
    const p = toVec3(hit.point);
    drawing.current = p;
    s.beginStroke();
    s.addDab({ at: p, radiusMm: s.brushMm });
    (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
  };

  const endStroke = () => {
    drawing.current = null;
  };

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > CLICK_SLOP_PX) return;
    const s = useViewer.getState();
    const mode = pointerMode(s);
    const hit = firstPick(e.intersections, mode);
    if (mode === 'explore') {
      const muscle = muscleOf(hit);
      if (muscle) s.select(muscle);
    } else if (mode === 'point' && hit) s.setPainPoint(toVec3(hit.point));
  };

  const onPointerOut = () => {
    useViewer.getState().setHovered(null);
    useViewer.getState().setHoveredContext(null);
    document.body.style.cursor = '';
  };

  return (
    <primitive
      object={model.root}
      onPointerMove={onPointerMove}
      onPointerDown={onPointerDown}
      onPointerUp={endStroke}
      onPointerLeave={endStroke}
      onPointerOut={onPointerOut}
      onClick={onClick}
    />
  );
}
