import { useId } from 'react';
import { LENGTH_CHANGE_PERCENT, lengthChanges, type LengthChange, type Pose } from '../../movement';
import { useLabels } from '../labels';

/** The most changed muscles named in each list; the rest are counted, and coloured on the head. */
const NAMED = 4;

/**
 * What a position of an exercise does to the muscles: those it shortens and lengthens most, with
 * their length as per cent of rest (`lengthChanges`, computed from the attachments in the pose),
 * under the swatches of the colours they wear on the head. A symmetric position names a muscle
 * once, for both sides.
 */
export function PositionLengths({ pose }: { readonly pose: Pose }) {
  const { t, voice, mainName, muscleLabel } = useLabels();
  const changes = lengthChanges(pose);
  // The player can be on screen twice (the Posture tab and the self-care advice).
  const id = useId();
  const label = (c: LengthChange) =>
    c.sides.length === 1
      ? muscleLabel(c.id, c.sides[0]!)
      : t('common:muscleOnSide', { name: mainName(c.id), side: t('ui:exercise.lengths.bothSides') });
  const list = (kind: 'shortened' | 'lengthened') => {
    const all = changes[kind];
    if (all.length === 0) return null;
    return (
      <>
        <p id={`${id}-${kind}`} className="position-lengths-title">
          <span className={`swatch ${kind}`} aria-hidden="true" /> {t(`ui:exercise.lengths.${kind}.${voice}`)}
        </p>
        <ul className={`position-${kind}`} aria-labelledby={`${id}-${kind}`}>
          {all.slice(0, NAMED).map((c) => (
            <li key={`${c.id}:${c.sides.join()}`}>
              {t('ui:exercise.lengths.item', { muscle: label(c), percent: Math.round(c.percent) })}
            </li>
          ))}
        </ul>
        {all.length > NAMED && <p className="hint">{t('ui:exercise.lengths.more', { count: all.length - NAMED })}</p>}
      </>
    );
  };
  if (changes.shortened.length === 0 && changes.lengthened.length === 0) {
    const none = t('ui:exercise.lengths.none', { threshold: LENGTH_CHANGE_PERCENT });
    return <p className="hint position-lengths">{none}</p>;
  }
  return (
    <div className="position-lengths">
      {list('shortened')}
      {list('lengthened')}
    </div>
  );
}
