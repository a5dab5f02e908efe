import { useViewer } from '../state';
import { muscleLabel } from './labels';

/** The name of the muscle under the pointer, announced politely to screen readers. */
export function HoverLabel() {
  const hovered = useViewer((s) => s.hovered);
  return (
    <div className="hover-label" aria-live="polite">
      {hovered ? muscleLabel(hovered.muscleId, hovered.side) : ''}
    </div>
  );
}
