import { getPainRegion } from '../mapping';
import { entryLead, useCandidates, useViewer } from '../state';
import { HeadacheTypesButton } from './headache/HeadacheTypesButton';
import { useLabels } from './labels';

import { ResultGroup } from './results/ResultGroup';
import { ResultRow } from './results/ResultRow';

const MAX_SHOWN = 12;

/**
 * "Possible source muscles", ranked by the mapping module's one score; muscles examined as one
 * come as one entry that opens to its members. Hover or focus previews a pattern on the head;
 * choosing selects the muscle.
 */
export function ResultsList() {
  const candidates = useCandidates();
  const setPreview = useViewer((s) => s.setPreview);
  const region = useViewer((s) => (s.mode === 'regions' ? s.region : null));
  const { t, regionLabel } = useLabels();
  if (candidates === null) return null;
  const place = region && getPainRegion(region.regionId) ? regionLabel(region.regionId, region.side) : null;
  const shown = candidates.slice(0, MAX_SHOWN);
  const estimated = shown.some(
    (e) => entryLead(e).byEstimate || (e.kind === 'group' && e.members.some((m) => m.byEstimate)),
  );
  return (
    <section className="results" aria-label={t('ui:results.title')}>
      <h3 id="results-title">{t('ui:results.title')}</h3>
      {place && <p className="hint">{t('ui:results.for', { place })}</p>}
      {candidates.length === 0 ? (
        <p className="hint">{t('ui:results.none')}</p>
      ) : (
        <>
          <p className="hint">{t('ui:results.how')}</p>
          <ol aria-labelledby="results-title" onMouseLeave={() => setPreview(null)}>
            {shown.map((e, i) => (
              <li key={`${e.kind === 'group' ? e.groupId : e.candidate.muscleId}:${entryLead(e).side}`}>
                {e.kind === 'group' ? (
                  <ResultGroup entry={e} rank={i + 1} />
                ) : (
                  <ResultRow candidate={e.candidate} rank={i + 1} />
                )}
              </li>
            ))}
          </ol>
          {estimated && <p className="hint">{t('ui:results.estimateNote')}</p>}
        </>
      )}
      {candidates.length > MAX_SHOWN && (
        <p className="hint">{t('ui:results.notShown', { count: candidates.length - MAX_SHOWN })}</p>
      )}
      <HeadacheTypesButton />
    </section>
  );
}
