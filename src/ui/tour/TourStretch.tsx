import { useTranslation } from 'react-i18next';
import { examinationText, stretchingText } from '../../i18n/content/clinic-pages';
import { prefersReducedMotion, useModelStatus, useViewer, type Voice } from '../../state';
import type { TourStep } from '../../tours';

/**
 * A step's stretch on the card: the clinic's words for the position, how to hold it and when to
 * stop, in the reader's voice, and a button that shows it again once it has played or was
 * stopped. The step itself starts it (`startTour`); on a model without joints only the words stay.
 */
export function TourStretch({ step, voice }: { readonly step: TourStep; readonly voice: Voice }) {
  const { t } = useTranslation('tour');
  const stretch = step.stretch;
  const playing = useViewer(
    (s) =>
      !!stretch &&
      s.stretch?.stretchId === stretch.id &&
      s.stretch.side === stretch.side &&
      s.stretch.playback !== 'finished',
  );
  const cannotPose = useModelStatus((s) => s.phase === 'ready' && !s.posable);
  const exam = examinationText(t, step.muscleId, voice);
  if (!stretch || !exam) return null;
  const words = stretchingText(t, voice);
  return (
    <div className="tour-stretch">
      <p>
        <strong>{t('card.stretch')}:</strong> {exam.stretch}
      </p>
      <p className="hint">
        {words.hold} {words.stop}
      </p>
      {!playing && !cannotPose && (
        <button
          type="button"
          className="small"
          onClick={() => useViewer.getState().startStretch(stretch.id, stretch.side, prefersReducedMotion())}
        >
          {t('card.playStretch')}
        </button>
      )}
    </div>
  );
}
