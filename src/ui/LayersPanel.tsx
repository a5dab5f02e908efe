import { useTranslation } from 'react-i18next';
import { skinLayers, type LayerToggle } from '../display';
import { useViewer } from '../state';

/** The toggles in the order they peel: from the skin's side down to the bones, then the filters. */
const toggles: readonly LayerToggle[] = ['superficial', 'intermediate', 'deep', 'bones', 'isolate', 'otherSide'];

/** What is drawn: the skin, muscle layers by depth, bones. Unticking peels a layer away. */
export function LayersPanel() {
  const { t } = useTranslation('ui');
  const layers = useViewer((s) => s.layers);
  const { setSkin, toggleLayer } = useViewer.getState();
  return (
    <section className="layers" aria-label={t('layers.label')}>
      <fieldset>
        <legend>{t('layers.skin')}</legend>
        <div className="button-row">
          {skinLayers.map((k) => (
            <label key={k} className={layers.skin === k ? 'choice on' : 'choice'}>
              <input type="radio" name="skin" value={k} checked={layers.skin === k} onChange={() => setSkin(k)} />
              {t(`layers.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('layers.show')}</legend>
        {toggles.map((key) => (
          <label key={key} className="check">
            <input type="checkbox" checked={layers[key]} onChange={(e) => toggleLayer(key, e.target.checked)} />
            {t(`layers.${key}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
