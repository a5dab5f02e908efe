import { BRUSH_MAX_MM, BRUSH_MIN_MM, useViewer } from '../state';

/** Brush size, paint or erase, undo and clear for the pain drawing. */
export function BrushControls() {
  const brushMm = useViewer((s) => s.brushMm);
  const erase = useViewer((s) => s.erase);
  const strokes = useViewer((s) => s.strokes.length);
  const { setBrushMm, setErase, undoStroke, clearDrawing } = useViewer.getState();
  return (
    <div className="brush" role="group" aria-label="Pain drawing brush">
      <label>
        <span>Brush size: {brushMm} mm</span>
        <input type="range" min={BRUSH_MIN_MM} max={BRUSH_MAX_MM} value={brushMm} onChange={(e) => setBrushMm(Number(e.target.value))} />
      </label>
      <div className="button-row">
        <button type="button" aria-pressed={!erase} className={!erase ? 'on' : ''} onClick={() => setErase(false)}>
          Paint
        </button>
        <button type="button" aria-pressed={erase} className={erase ? 'on' : ''} onClick={() => setErase(true)}>
          Erase
        </button>
        <button type="button" disabled={strokes === 0} onClick={undoStroke}>
          Undo
        </button>
        <button type="button" disabled={strokes === 0} onClick={clearDrawing}>
          Clear
        </button>
      </div>
    </div>
  );
}
