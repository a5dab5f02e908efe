import { useTranslation } from 'react-i18next';
import { useModelStatus } from '../state';

/** Without a 3D view the panels carry on; this says why, above them, never on top of them. */
export function ModelFailure() {
  const { t } = useTranslation();
  const { phase, message, contextLost } = useModelStatus();
  if (contextLost)
    // Passing: the browser gives the context back and the picture returns by itself.
    return (
      <div className="model-failure" role="alert">
        {t('messages:model.contextLost')}
      </div>
    );
  if (phase !== 'failed' && phase !== 'no-webgl') return null;
  return (
    <div className="model-failure" role="alert">
      {message && `${t(message.key, message.params)} `}
      {t('ui:model.panelsStillWork')}
    </div>
  );
}
