import { scoreBand } from '../../mapping';
import type { ResultCandidate } from '../../state';
import { useLabels } from '../labels';

/**
 * The figure a row is ranked by, in words: the level of the zone and the band of the score (a
 * strong match at a point, "covers most of the area" for an area). Words rather than a
 * percentage, so a list of possibilities does not read as a measured certainty; bands of the one
 * score the list is ordered by, so the words never contradict the order.
 */
export function MatchFigure({ candidate: c }: { readonly candidate: ResultCandidate }) {
  const { t } = useLabels();
  const kind = c.share === null ? 'point' : 'area';
  return (
    <span className={`level ${c.level}`}>
      {t(`ui:level.${c.level}`)} · {t(`ui:results.match.${kind}.${scoreBand(c.score)}`)}
      {c.byEstimate && ` · ${t('ui:results.byEstimate')}`}
    </span>
  );
}
