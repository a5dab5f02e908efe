import { useViewer, type ResultCandidate } from '../../state';
import { useLabels } from '../labels';
import { MatchFigure } from './MatchFigure';

interface Props {
  readonly candidate: ResultCandidate;
  /** "3." in the ranked list; members of an opened group carry none (their group has the rank). */
  readonly rank?: number;
}

/** One muscle of the results: hover or focus previews its pattern on the head, a click selects it. */
export function ResultRow({ candidate: c, rank }: Props) {
  const select = useViewer((s) => s.select);
  const setPreview = useViewer((s) => s.setPreview);
  const selected = useViewer((s) => s.selected);
  const { muscleLabel } = useLabels();
  const on = selected?.muscleId === c.muscleId && selected.side === c.side;
  const choice = { muscleId: c.muscleId, side: c.side };
  return (
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
        {rank !== undefined && <span className="rank">{rank}.</span>}{' '}
        <span className="candidate-name">{muscleLabel(c.muscleId, c.side)}</span>
      </span>
      <MatchFigure candidate={c} />
    </button>
  );
}
