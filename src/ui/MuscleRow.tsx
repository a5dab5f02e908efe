import { sides, type Muscle } from '../mapping';
import { useViewer, type MuscleSide } from '../state';
import { useLabels } from './labels';

interface Props {
  readonly muscle: Muscle;
  readonly depth: string;
  readonly selected: MuscleSide | null;
}

/** One muscle with a button per side, each named like "Upper trapezius (left)". */
export function MuscleRow({ muscle, depth, selected }: Props) {
  const select = useViewer((s) => s.select);
  const { t, mainName, secondName, muscleLabel } = useLabels();
  return (
    <li className="muscle-row">
      <span className="muscle-name">
        {mainName(muscle.id)}
        <small>
          {secondName(muscle.id)} · {depth}
        </small>
      </span>
      <span className="side-buttons">
        {sides.map((side) => {
          const on = selected?.muscleId === muscle.id && selected.side === side;
          return (
            <button
              key={side}
              type="button"
              aria-label={muscleLabel(muscle.id, side)}
              aria-pressed={on}
              className={on ? 'side on' : 'side'}
              onClick={() => select(on ? null : { muscleId: muscle.id, side })}
            >
              {t(side === 'left' ? 'side.leftButton' : 'side.rightButton')}
            </button>
          );
        })}
      </span>
    </li>
  );
}
