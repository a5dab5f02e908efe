import { useTranslation } from 'react-i18next';
import { useModelStatus, useViewer } from '../state';
import { BrushControls } from './BrushControls';
import { RegionButtons } from './RegionButtons';
import { ResultsList } from './ResultsList';

/** "Where does it hurt?": a point, a pain drawing or a named region, then the ranked sources. */
export function ReverseLookup() {
  const { t } = useTranslation('ui');
  const mode = useViewer((s) => s.mode);
  const setMode = useViewer((s) => s.setMode);
  const painPoint = useViewer((s) => s.painPoint);
  const has3d = useModelStatus((s) => s.phase === 'ready');
  const turnHead = useViewer((s) => s.turnHead);
  return (
    <section className="reverse" aria-label={t('reverse.label')}>
      <div className="button-row" role="group" aria-label={t('reverse.how')}>
        <button
          type="button"
          aria-pressed={mode === 'point'}
          className={mode === 'point' ? 'on' : ''}
          onClick={() => setMode('point')}
          disabled={!has3d}
        >
          {t('reverse.point')}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'draw'}
          className={mode === 'draw' ? 'on' : ''}
          onClick={() => setMode('draw')}
          disabled={!has3d}
        >
          {t('reverse.draw')}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'regions'}
          className={mode === 'regions' ? 'on' : ''}
          onClick={() => setMode('regions')}
        >
          {t('reverse.regions')}
        </button>
      </div>
      {!has3d && <p className="hint">{t('reverse.needs3d')}</p>}
      {mode === 'point' && !painPoint && <p className="hint">{t('reverse.pointHint')}</p>}
      {has3d && (mode === 'point' || mode === 'draw') && (
        // One control round the head for a patient: the temples, the jaw and the back in turn.
        <button type="button" className="turn-head" onClick={turnHead}>
          <span aria-hidden="true">↻ </span>
          {t('reverse.turn')}
        </button>
      )}
      {mode === 'draw' && (
        <>
          <p className="hint">{t('reverse.drawHint')}</p>
          <BrushControls />
        </>
      )}
      {mode === 'explore' && <p className="hint">{t('reverse.chooseHint')}</p>}
      <ResultsList />
      {(mode === 'regions' || !has3d) && <RegionButtons />}
    </section>
  );
}
