import { getPainRegion, sides } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';
import type { PlaceHit } from './muscle-search';

interface Props {
  readonly places: readonly PlaceHit[];
  /** Called after a place is chosen, so its answer (under "Where does it hurt?") comes into view. */
  readonly onShow?: () => void;
}

/**
 * The named places a search found ("headache behind the eye": behind the eye), each with a
 * button per side that shows it as a pain place, and the muscles that can send pain there.
 */
export function SearchPlaces({ places, onShow }: Props) {
  const chooseRegion = useViewer((s) => s.chooseRegion);
  const { t, regionLabel, mainName } = useLabels();
  if (places.length === 0) return null;
  return (
    <section className="search-places" aria-label={t('ui:muscles.places')}>
      <h3>{t('ui:muscles.places')}</h3>
      <ul>
        {places.map((p) => {
          const paired = getPainRegion(p.regionId)?.paired ?? false;
          const show = (side: 'left' | 'right') => {
            chooseRegion({ regionId: p.regionId, side });
            onShow?.();
          };
          return (
            <li key={p.regionId}>
              <span className="place-name">{regionLabel(p.regionId)}</span>
              <span className="side-buttons">
                {paired ? (
                  sides.map((side) => (
                    <button
                      key={side}
                      type="button"
                      aria-label={regionLabel(p.regionId, side)}
                      onClick={() => show(side)}
                    >
                      {t(side === 'left' ? 'side.leftButton' : 'side.rightButton')}
                    </button>
                  ))
                ) : (
                  <button type="button" aria-label={regionLabel(p.regionId)} onClick={() => show('left')}>
                    {t('ui:muscles.showPlace')}
                  </button>
                )}
              </span>
              {p.muscles.length > 0 && (
                <small>{t('ui:muscles.placeMuscles', { names: p.muscles.map((id) => mainName(id)).join(', ') })}</small>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
