import { useTranslation } from 'react-i18next';
import { BRUSH_MAX_MM, BRUSH_MIN_MM, useViewer } from '../state';

/** Brush size, paint or erase, undo and clear for the pain drawing. */
export function BrushControls() {
  const { t } = useTranslation('ui');
  const brushMm = useViewer((s) => s.brushMm);
  const erase = useViewer((s) => s.erase);
  const strokes = useViewer((s) => s.strokes.length);
  const { setBrushMm, setErase, undoStroke, clearDrawing } = useViewer.getState();
  return (
    <div className="brush" role="group" aria-label={t('brush.label')}>
      <label>
        <span>{t('brush.size', { mm: brushMm })}</span>
        <input
          type="range"
          min={BRUSH_MIN_MM}
          max={BRUSH_MAX_MM}
          value={brushMm}
          onChange={(e) => setBrushMm(Number(e.target.value))}
        />
      </label>
      <div className="button-row">
        <button type="button" aria-pressed={!erase} className={!erase ? 'on' : ''} onClick={() => setErase(false)}>
          {t('brush.paint')}
        </button>
        <button type="button" aria-pressed={erase} className={erase ? 'on' : ''} onClick={() => setErase(true)}>
          {t('brush.erase')}
        </button>
        <button type="button" disabled={strokes === 0} onClick={undoStroke}>
          {t('brush.undo')}
        </button>
        <button type="button" disabled={strokes === 0} onClick={clearDrawing}>
          {t('brush.clear')}
        </button>
      </div>
    </div>
  );
}
