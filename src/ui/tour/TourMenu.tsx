import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTours, useViewer } from '../../state';
import { lazyPart } from '../lazy-part';
import './tour.css';

/** The list with the tours themselves; `loadTours` so that a click on one starts it at once. */
const loadList = () => Promise.all([import('./TourList'), loadTours()]).then(([m]) => m.TourList);
const TourList = lazyPart(loadList);

/** The header button's id, so closing a tour can hand the keyboard focus back to it. */
export const TOURS_BUTTON_ID = 'tours-button';

/**
 * "Tours" in the header: a short menu of the guided tours, each started by one click. The menu
 * closes on Escape, on a click elsewhere and when a tour starts. The list and the tours are
 * fetched when the pointer or the keyboard comes to the button, so that it opens at once.
 */
export function TourMenu() {
  const { t } = useTranslation('ui');
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
        onPointerEnter={() => void loadList().catch(() => undefined)}
        onFocus={() => void loadList().catch(() => undefined)}
      >
        {t('tourMenu.open')}
      </button>
      {open && <TourList id={listId} onStart={() => setOpen(false)} />}
    </div>
  );
}
