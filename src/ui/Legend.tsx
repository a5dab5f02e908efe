import { useModelStatus, useViewer } from '../state';

/** What the marks on the head mean; the patterns read without colour as well. */
export function Legend() {
  const showZones = useViewer((s) => !!(s.selected || s.preview));
  const drawing = useViewer((s) => s.mode !== 'explore');
  const has3d = useModelStatus((s) => s.phase === 'ready');
  if (!has3d || (!showZones && !drawing)) return null;
  return (
    <aside className="legend" aria-label="Legend">
      {showZones && (
        <>
          <span className="item">
            <span className="swatch essential" aria-hidden="true" /> Essential zone (solid)
          </span>
          <span className="item">
            <span className="swatch spillover" aria-hidden="true" /> Spillover zone (hatched)
          </span>
          <span className="item">
            <span className="swatch trp" aria-hidden="true" /> Trigger point
          </span>
        </>
      )}
      {drawing && (
        <span className="item">
          <span className="swatch pain" aria-hidden="true" /> Your pain
        </span>
      )}
    </aside>
  );
}
