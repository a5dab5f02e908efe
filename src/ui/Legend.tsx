import { useTranslation } from 'react-i18next';
import { useModelStatus, useViewer } from '../state';
import { PeelNote } from './PeelNote';

/** What the marks on the head mean; the patterns read without colour as well. */
export function Legend() {
  const { t } = useTranslation('ui');
  const showZones = useViewer((s) => !!(s.selected || s.preview));
  const drawing = useViewer((s) => s.mode !== 'explore');
  const has3d = useModelStatus((s) => s.phase === 'ready');
  if (!has3d || (!showZones && !drawing)) return null;
  return (
    <aside className="legend" aria-label={t('legend.label')}>
      {showZones && (
        <>
          <span className="item">
            <span className="swatch essential" aria-hidden="true" /> {t('legend.essential')}
          </span>
          <span className="item">
            <span className="swatch spillover" aria-hidden="true" /> {t('legend.spillover')}
          </span>
          <span className="item">
            <span className="swatch trp" aria-hidden="true" /> {t('legend.triggerPoint')}
          </span>
          <PeelNote />
        </>
      )}
      {drawing && (
        <span className="item">
          <span className="swatch pain" aria-hidden="true" /> {t('legend.pain')}
        </span>
      )}
    </aside>
  );
}
