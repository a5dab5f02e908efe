import { useTranslation } from 'react-i18next';
import { useModelStatus } from '../state';

/** Loading progress, or what a clinic's model lacks (failures: ModelFailure). */
export function ModelStatusBanner() {
  const { t } = useTranslation('ui');
  const { phase, progress, missing, sourceName } = useModelStatus();
  if (phase === 'loading') {
    const pct = progress === null ? undefined : Math.round(progress * 100);
    return (
      <div className="model-status loading" role="status">
        <span>{pct === undefined ? `${t('model.loading')}…` : t('model.loadingPercent', { percent: pct })}</span>
        <progress max={100} value={pct} aria-label={t('model.loading')} />
      </div>
    );
  }
  if (missing.length > 0) {
    const source = sourceName === null ? t('model.builtIn') : t('model.file', { file: sourceName });
    return (
      <details className="model-status missing">
        <summary>{t('model.missing', { source, count: missing.length })}</summary>
        <ul>
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </details>
    );
  }
  return null;
}
