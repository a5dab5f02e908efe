import { painRegions, sides } from '../mapping';
import { useViewer } from '../state';

/** Named places on the head, for keyboard and screen-reader users and for use without 3D. */
export function RegionButtons() {
  const region = useViewer((s) => s.region);
  const chooseRegion = useViewer((s) => s.chooseRegion);
  return (
    <ul className="regions" aria-label="Where it hurts, by name">
      {painRegions.map((r) => (
        <li key={r.id}>
          {r.paired ? (
            <span className="region-pair" role="group" aria-label={r.name}>
              <span className="region-name">{r.name}</span>
              {sides.map((side) => {
                const on = region?.regionId === r.id && region.side === side;
                return (
                  <button
                    key={side}
                    type="button"
                    aria-pressed={on}
                    aria-label={`${r.name} (${side})`}
                    className={on ? 'side on' : 'side'}
                    onClick={() => chooseRegion({ regionId: r.id, side })}
                  >
                    {side === 'left' ? 'Left' : 'Right'}
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
              {r.name}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
