import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tourText } from '../../i18n/content/tours';
import { useViewer } from '../../state';
import { tours } from '../../tours';
import './tour.css';

/** The header button's id, so closing a tour can hand the keyboard focus back to it. */
export const TOURS_BUTTON_ID = 'tours-button';

/**
 * "Tours" in the header: a short menu of the guided tours, each started by one click. The menu
 * closes on Escape, on a click elsewhere and when a tour starts.
 */
export function TourMenu() {
  const { t } = useTranslation('ui');
  const startTour = useViewer((s) => s.startTour);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();
  const quiz = useViewer((s) => s.quiz !== null);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  if (quiz) return null;
  return (
    <div
      className="tour-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        document.getElementById(TOURS_BUTTON_ID)?.focus();
      }}
    >
      <button
        id={TOURS_BUTTON_ID}
        type="button"
        className="small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t('tourMenu.open')}
      </button>
      {open && (
        <ul id={listId} className="tour-list" aria-label={t('tourMenu.label')}>
          {tours.map((tour) => {
            const words = tourText(t, tour);
            return (
              <li key={tour.id}>
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    startTour(tour.id);
                  }}
                >
                  <strong>{words.title}</strong>
                  <small>
                    {words.summary} · {t('tourMenu.steps', { count: tour.steps.length })}
                  </small>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
