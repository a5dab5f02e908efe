import { useEffect, useRef } from 'react';
import { useViewer } from '../state';
import { useLabels } from './labels';

/**
 * The name of the muscle (or context part: larynx, eye ...) under the pointer, next to the
 * pointer, announced politely to screen readers. The position is written straight to the
 * element: a re-render per mouse move would be waste.
 */
export function HoverLabel() {
  const hovered = useViewer((s) => s.hovered);
  const hoveredContext = useViewer((s) => s.hoveredContext);
  const { muscleLabel, contextLabel } = useLabels();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const follow = (e: PointerEvent) => {
      const el = ref.current;
      if (!el) return;
      const stage = el.parentElement?.getBoundingClientRect();
      el.style.left = `${e.clientX - (stage?.left ?? 0) + 14}px`;
      el.style.top = `${e.clientY - (stage?.top ?? 0) + 14}px`;
    };
    window.addEventListener('pointermove', follow);
    return () => window.removeEventListener('pointermove', follow);
  }, []);
  const name = hovered
    ? muscleLabel(hovered.muscleId, hovered.side)
    : hoveredContext
      ? contextLabel(hoveredContext)
      : '';
  return (
    <>
      <div ref={ref} className={name ? 'hover-label on' : 'hover-label'} aria-hidden="true">
        {name}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {name}
      </span>
    </>
  );
}
