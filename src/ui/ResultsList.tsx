import { getPainRegion } from '../mapping';
import { useCandidates, useViewer, type ResultCandidate } from '../state';
import { muscleLabel } from './labels';

const MAX_SHOWN = 12;

function shareText(c: ResultCandidate): string {
  return c.share === null ? '' : ` · explains ${Math.round(c.share * 100)}%`;
}

/**
 * "Possible source muscles", ranked by the mapping module. Hover or focus previews a pattern
 * on the head; choosing selects the muscle.
 */
export function ResultsList() {
  const candidates = useCandidates();
  const select = useViewer((s) => s.select);
  const setPreview = useViewer((s) => s.setPreview);
  const selected = useViewer((s) => s.selected);
  const place = useViewer((s) => {
    if (s.mode !== 'regions' || !s.region) return null;
    const region = getPainRegion(s.region.regionId);
    return region ? `${region.name}${region.paired ? ` (${s.region.side})` : ''}` : null;
  });
  if (candidates === null) return null;
  return (
    <section className="results" aria-label="Possible source muscles">
      <h3 id="results-title">Possible source muscles</h3>
      {place && <p className="hint">For: {place}</p>}
      {candidates.length === 0 ? (
        <p className="hint">No muscle in the catalogue refers pain exactly here. Try a point nearby or a larger area.</p>
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
                    <span className="rank">{rank + 1}.</span> <span className="candidate-name">{muscleLabel(c.muscleId, c.side)}</span>
                  </span>
                  <span className={`level ${c.level}`}>
                    {c.level}
                    {shareText(c)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {candidates.length > MAX_SHOWN && <p className="hint">{candidates.length - MAX_SHOWN} less likely muscles not shown.</p>}
    </section>
  );
}
