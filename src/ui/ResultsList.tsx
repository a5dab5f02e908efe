import { getPainRegion } from '../mapping';
import { useCandidates, useViewer } from '../state';
import { useLabels } from './labels';

const MAX_SHOWN = 12;

/**
 * "Possible source muscles", ranked by the mapping module. Hover or focus previews a pattern
 * on the head; choosing selects the muscle.
 */
export function ResultsList() {
  const candidates = useCandidates();
  const select = useViewer((s) => s.select);
  const setPreview = useViewer((s) => s.setPreview);
  const selected = useViewer((s) => s.selected);
  const region = useViewer((s) => (s.mode === 'regions' ? s.region : null));
  const { t, muscleLabel, regionLabel } = useLabels();
  if (candidates === null) return null;
  const place = region && getPainRegion(region.regionId) ? regionLabel(region.regionId, region.side) : null;
  return (
    <section className="results" aria-label={t('ui:results.title')}>
      <h3 id="results-title">{t('ui:results.title')}</h3>
      {place && <p className="hint">{t('ui:results.for', { place })}</p>}
      {candidates.length === 0 ? (
        <p className="hint">{t('ui:results.none')}</p>
      ) : (
        <ol aria-labelledby="results-title" onMouseLeave={() => setPreview(null)}>
          {candidates.slice(0, MAX_SHOWN).map((c, rank) => {
            const on = selected?.muscleId === c.muscleId && selected.side === c.side;
            const choice = { muscleId: c.muscleId, side: c.side };
            return (
              <li key={`${c.muscleId}:${c.side}`}>
                <button
                  type="button"
                  className={on ? 'candidate on' : 'candidate'}
                  aria-pressed={on}
                  onMouseEnter={() => setPreview(choice)}
                  onFocus={() => setPreview(choice)}
                  onBlur={() => setPreview(null)}
                  onClick={() => select(choice)}
                >
                  <span>
                    <span className="rank">{rank + 1}.</span>{' '}
                    <span className="candidate-name">{muscleLabel(c.muscleId, c.side)}</span>
                  </span>
                  <span className={`level ${c.level}`}>
                    {t(`ui:level.${c.level}`)}
                    {c.share !== null && ` · ${t('ui:results.explains', { percent: Math.round(c.share * 100) })}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {candidates.length > MAX_SHOWN && (
        <p className="hint">{t('ui:results.notShown', { count: candidates.length - MAX_SHOWN })}</p>
      )}
    </section>
  );
}
