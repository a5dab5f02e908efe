import { useTranslation } from 'react-i18next';
import { buttonViews } from '../display';
import { useModelStatus, useViewer } from '../state';

/** Preset camera views; Left and Right are the subject's sides. */
export function ViewButtons() {
  const { t } = useTranslation('ui');
  // No preset is pressed while the camera shows something else (it followed a place, or the user turned it).
  const view = useViewer((s) => (s.cameraAway ? null : s.view));
  const { showView, resetView } = useViewer.getState();
  const has3d = useModelStatus((s) => s.phase !== 'failed' && s.phase !== 'no-webgl');
  if (!has3d) return null;
  return (
    <nav className="views" aria-label={t('views.label')}>
      {buttonViews.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          className={view === v ? 'on' : ''}
          onClick={() => showView(v)}
        >
          {t(`views.${v}`)}
        </button>
      ))}
      <button type="button" onClick={resetView}>
        {t('views.reset')}
      </button>
    </nav>
  );
}
