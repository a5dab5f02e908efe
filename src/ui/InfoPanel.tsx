import { useTranslation } from 'react-i18next';
import { getMuscle } from '../mapping';
import { useViewer } from '../state';
import { lazyPart } from './lazy-part';

// A muscle's story (its clinic words, examination, stretch and self-care) is fetched when the
// first muscle is chosen, not before the first frame.
const MuscleInfo = lazyPart(() => import('./MuscleInfo').then((m) => m.MuscleInfo));

/** The information panel: a hint until a muscle is chosen, then everything about it. */
export function InfoPanel() {
  const selected = useViewer((s) => s.selected);
  const { t } = useTranslation('ui');
  const muscle = selected ? getMuscle(selected.muscleId) : undefined;
  if (!selected || !muscle) {
    return (
      <section className="info-panel empty" aria-label={t('info.label')}>
        <p className="hint">{t('info.empty')}</p>
      </section>
    );
  }
  return <MuscleInfo selected={selected} muscle={muscle} />;
}
