import { useTranslation } from 'react-i18next';
import { selectionPeel, useModelStatus, useViewer } from '../state';
import { PeelNote } from './PeelNote';

/**
 * What the marks on the head mean; the patterns read without colour as well (the posture view's
 * and an exercise's two colours differ in lightness, and their words say which is dark and which pale). A pain drawing
 * stays on the head after a muscle is chosen, so it keeps its entry, with a way to clear it
 * (in drawing mode the brush tools have their own). The posture view's and an exercise's colours
 * are on the muscles: under an opaque skin it says so, with the button that makes the skin see-through.
 */
export function Legend() {
  const { t } = useTranslation('ui');
  const showZones = useViewer((s) => !!(s.selected || s.preview));
  const painted = useViewer((s) => s.strokes.length > 0);
  const drawingMode = useViewer((s) => s.mode === 'draw');
  const drawing = useViewer((s) => s.mode !== 'explore') || painted;
  const has3d = useModelStatus((s) => s.phase === 'ready');
  const posture = useViewer((s) => s.posture !== null);
  const exercise = useViewer((s) => s.exercise !== null);
  const skinOpaque = useViewer(
    (s) => (selectionPeel(s.layers, s.selected, s.peelDeclinedFor)?.skin ?? s.layers.skin) === 'opaque',
  );
  if (!has3d || (!showZones && !drawing && !posture && !exercise)) return null;
  return (
    <aside className="legend" aria-label={t('legend.label')}>
      {posture && (
        <>
          <LegendItem swatch="shortened" label={t('posture.legend.shortened')} />
          <LegendItem swatch="lengthened" label={t('posture.legend.lengthened')} />
        </>
      )}
      {exercise && (
        <>
          <LegendItem swatch="shortened" label={t('exercise.lengths.legendShortened')} />
          <LegendItem swatch="lengthened" label={t('exercise.lengths.legendLengthened')} />
        </>
      )}
      {(posture || exercise) && skinOpaque && (
        <p className="peel-note">
          {t('legend.lengthsUnderSkin')}{' '}
          <button type="button" className="small" onClick={() => useViewer.getState().setSkin('ghosted')}>
            {t('legend.seeThroughSkin')}
          </button>
        </p>
      )}
      {showZones && (
        <>
          <LegendItem swatch="essential" label={t('legend.essential')} />
          <LegendItem swatch="spillover" label={t('legend.spillover')} />
          <LegendItem swatch="trp" label={t('legend.triggerPoint')} />
          <PeelNote />
        </>
      )}
      {drawing && (
        <span className="item">
          <span className="swatch pain" aria-hidden="true" /> {t('legend.pain')}
          {painted && !drawingMode && (
            <button
              type="button"
              className="small"
              aria-label={t('legend.clearPain')}
              onClick={() => useViewer.getState().clearDrawing()}
            >
              {t('brush.clear')}
            </button>
          )}
        </span>
      )}
    </aside>
  );
}

/** One entry: its swatch (drawn in CSS, hidden from screen readers) and its words. */
function LegendItem({ swatch, label }: { readonly swatch: string; readonly label: string }) {
  return (
    <span className="item">
      <span className={`swatch ${swatch}`} aria-hidden="true" /> {label}
    </span>
  );
}
