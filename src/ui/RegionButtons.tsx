import { painRegions, sides } from '../mapping';
import { useViewer } from '../state';
import { useLabels } from './labels';

/** Named places on the head, for keyboard and screen-reader users and for use without 3D. */
export function RegionButtons() {
  const region = useViewer((s) => s.region);
  const chooseRegion = useViewer((s) => s.chooseRegion);
  const { t, regionLabel } = useLabels();
  return (
    <ul className="regions" aria-label={t('ui:reverse.regionList')}>
      {painRegions.map((r) => (
        <li key={r.id}>
          {r.paired ? (
            <span className="region-pair" role="group" aria-label={regionLabel(r.id)}>
              <span className="region-name">{regionLabel(r.id)}</span>
              {sides.map((side) => {
                const on = region?.regionId === r.id && region.side === side;
                return (
                  <button
                    key={side}
                    type="button"
                    aria-pressed={on}
                    aria-label={regionLabel(r.id, side)}
                    className={on ? 'side on' : 'side'}
                    onClick={() => chooseRegion({ regionId: r.id, side })}
                  >
                    {t(side === 'left' ? 'side.leftButton' : 'side.rightButton')}
                  </button>
                );
              })}
            </span>
          ) : (
            <button
              type="button"
              aria-pressed={region?.regionId === r.id}
              className={region?.regionId === r.id ? 'region on' : 'region'}
              onClick={() => chooseRegion({ regionId: r.id, side: 'left' })}
            >
              {regionLabel(r.id)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
