import { useModelStatus, useViewer } from '../state';
import { BrushControls } from './BrushControls';
import { RegionButtons } from './RegionButtons';
import { ResultsList } from './ResultsList';

/** "Where does it hurt?": a point, a pain drawing or a named region, then the ranked sources. */
export function ReverseLookup() {
  const mode = useViewer((s) => s.mode);
  const setMode = useViewer((s) => s.setMode);
  const painPoint = useViewer((s) => s.painPoint);
  const has3d = useModelStatus((s) => s.phase === 'ready');
  return (
    <section className="reverse" aria-label="Where does it hurt?">
      <div className="button-row" role="group" aria-label="How to show the pain">
        <button type="button" aria-pressed={mode === 'point'} className={mode === 'point' ? 'on' : ''} onClick={() => setMode('point')} disabled={!has3d}>
          Point on the head
        </button>
        <button type="button" aria-pressed={mode === 'draw'} className={mode === 'draw' ? 'on' : ''} onClick={() => setMode('draw')} disabled={!has3d}>
          Pain drawing
        </button>
        <button type="button" aria-pressed={mode === 'regions'} className={mode === 'regions' ? 'on' : ''} onClick={() => setMode('regions')}>
          Named places
        </button>
      </div>
      {!has3d && <p className="hint">Pointing and drawing need the 3D view; the named places work without it.</p>}
      {mode === 'point' && !painPoint && <p className="hint">Click or tap where it hurts on the head.</p>}
      {mode === 'draw' && (
        <>
          <p className="hint">Paint the painful area on the head; drag with the left button or one finger. Rotate with the right button or two fingers.</p>
          <BrushControls />
        </>
      )}
      {mode === 'explore' && <p className="hint">Choose a way to show where it hurts.</p>}
      <ResultsList />
      {(mode === 'regions' || !has3d) && <RegionButtons />}
    </section>
  );
}
