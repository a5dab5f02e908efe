import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFirstLabel, checkFirstTextForTags } from '../../i18n/content/safety';
import { tourText } from '../../i18n/content/tours';
import { usePreferences, useViewer } from '../../state';
import { getTour } from '../../tours';
import { muscleLabel } from '../labels';
import { TOUR_CARD_ID } from './tour-card-id';
import { TOURS_BUTTON_ID } from './TourMenu';
import { TourStretch } from './TourStretch';
import './tour.css';

/**
 * The playing tour's step over the 3D view: title, the step's text in the chosen voice, progress,
 * Back / Next (Finish on the last step) / Close. With the keyboard focus anywhere in the card the
 * arrow keys step and Escape closes. It takes the tools panel's place, which the tour does not need.
 */
export function TourCard() {
  const { t } = useTranslation('tour');
  const position = useViewer((s) => s.tour);
  // A quiz hides muscle names, and a step card would give them away.
  const quiz = useViewer((s) => s.quiz !== null);
  const voice = usePreferences((s) => s.voice);
  const card = useRef<HTMLElement>(null);
  const tourId = position?.tourId;
  const tour = useMemo(() => (tourId ? getTour(tourId) : undefined), [tourId]);
  const words = useMemo(() => (tour ? tourText(t, tour) : undefined), [t, tour]);

  // A new tour takes the focus, so the arrow keys work at once and a screen reader reads the step.
  useEffect(() => {
    if (tourId) card.current?.focus();
  }, [tourId]);
  // Back on the first step is disabled, and a disabled button loses the focus to the page at the
  // browser's next rendering update: the arrow keys and Escape would then stop working, or keep
  // working, depending on whether a frame came first. The card keeps the focus instead.
  const stepIndex = position?.step;
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLButtonElement && focused.disabled && card.current?.contains(focused))
      card.current.focus();
  }, [stepIndex]);

  if (!position || !words || quiz) return null;
  const index = position.step;
  const step = words.steps[index]!;
  const total = words.steps.length;
  const last = index === total - 1;
  const { showTourStep, endTour } = useViewer.getState();
  const close = () => {
    endTour();
    document.getElementById(TOURS_BUTTON_ID)?.focus();
  };
  const back = () => {
    // Back to the first step disables this button. Chromium moves the focus off a disabled
    // button to the page as soon as anything reads the layout, which may come before the layout
    // effect above can catch it: hand the focus to the card first, so Escape and the arrows work.
    if (index === 1) card.current?.focus();
    showTourStep(index - 1);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' && !last) showTourStep(index + 1);
    else if (e.key === 'ArrowLeft' && index > 0) showTourStep(index - 1);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  };
  const progress = t('card.progress', { step: index + 1, total });

  return (
    <section
      ref={card}
      id={TOUR_CARD_ID}
      className="panel left open tour-card"
      tabIndex={-1}
      aria-label={t('card.label', { title: words.title })}
      aria-describedby="tour-keys"
      onKeyDown={onKeyDown}
    >
      <div className="panel-body">
        <header className="tour-card-head">
          <p className="tour-name">{words.title}</p>
          <button type="button" className="small tour-close" aria-label={t('card.close')} onClick={close}>
            ×
          </button>
        </header>
        <div className="tour-body">
          <h2 aria-live="polite">{step.title}</h2>
          <p className="meta">{muscleLabel(t, step.muscleId, step.side, voice)}</p>
          <p className="tour-text">{voice === 'patient' ? step.patientText : step.text}</p>
          {checkFirstTextForTags(t, voice, step.mentions ?? []).map((n) => (
            <p key={n.id} className={`check-first urgency-${n.urgency}`}>
              <strong>{checkFirstLabel(t, voice)}:</strong> {n.text}
            </p>
          ))}
          <TourStretch step={step} voice={voice} />
        </div>
        <p className="tour-progress" id="tour-progress">
          {progress}
        </p>
        <progress max={total} value={index + 1} aria-labelledby="tour-progress" />
        <div className="button-row tour-buttons">
          <button type="button" disabled={index === 0} onClick={back}>
            {t('card.back')}
          </button>
          <button type="button" className="primary" onClick={() => (last ? close() : showTourStep(index + 1))}>
            {last ? t('card.finish') : t('card.next')}
          </button>
        </div>
        <p id="tour-keys" className="visually-hidden">
          {t('card.keys')}
        </p>
      </div>
    </section>
  );
}
