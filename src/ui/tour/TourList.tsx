import { useTranslation } from 'react-i18next';
import { tourText } from '../../i18n/content/tours';
import { useViewer } from '../../state';
import { tours } from '../../tours';

/** The Tours menu's list, in a chunk of its own with the tours: each started by one click. */
export function TourList({ id, onStart }: { readonly id: string; readonly onStart: () => void }) {
  const { t } = useTranslation('ui');
  const startTour = useViewer((s) => s.startTour);
  return (
    <ul id={id} className="tour-list" aria-label={t('tourMenu.label')}>
      {tours.map((tour) => {
        const words = tourText(t, tour);
        return (
          <li key={tour.id}>
            <button
              type="button"
              onClick={() => {
                onStart();
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
  );
}
