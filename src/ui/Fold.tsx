import { useId, type ReactNode } from 'react';
import { usePreferences } from '../state';

/**
 * A section of the information panel that its reader can fold away: the heading holds a button
 * (the disclosure pattern, so the heading stays a heading for screen-reader navigation) and the
 * body is hidden while folded. A folded section stays folded for every muscle on this device.
 */
export function Fold({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const folded = usePreferences((s) => s.folded.includes(id));
  const toggle = usePreferences((s) => s.toggleSection);
  const bodyId = useId();
  return (
    <>
      <h3 className="fold">
        <button type="button" aria-expanded={!folded} aria-controls={bodyId} onClick={() => toggle(id)}>
          {title}
        </button>
      </h3>
      <div id={bodyId} className="fold-body" hidden={folded}>
        {children}
      </div>
    </>
  );
}
