import { useTranslation } from 'react-i18next';
import { captureView } from '../../state/snapshot';
import type { ViewName } from '../../display';
import { patternViewsFor, useModelStatus, type MuscleSide } from '../../state';
import type { HandoutPicture } from './HandoutSheet';
import { useHandout } from './handout-store';
import { stretchPictures } from './stretch-pictures';
import { downloadPng, imageFileName } from './save-image';

/**
 * Pictures for print in the shape they are printed (half the page wide, 2:1; see handout.css),
 * drawn at twice the size for the printer, on white: the viewer's dark background printed as a
 * block of ink. The view buttons frame head and shoulders in any shape; a wide picture leaves
 * room to come closer.
 */
const PICTURE = { width: 640, height: 320, pixelRatio: 2, zoom: 1.4, background: '#ffffff' } as const;

function pictures(selected: MuscleSide): HandoutPicture[] {
  return patternViewsFor(selected.muscleId, selected.side).flatMap((view: ViewName) => {
    const src = captureView({ view, ...PICTURE });
    return src ? [{ view, src }] : [];
  });
}

/** "Patient handout" and "Save image" for the selected muscle; the handout itself is `HandoutLayer`. */
export function HandoutButtons({ selected }: { readonly selected: MuscleSide }) {
  const { t } = useTranslation('handout');
  const has3d = useModelStatus((s) => s.phase === 'ready');
  // A model without joints cannot take the stretch's end position: its page keeps the words alone.
  const posable = useModelStatus((s) => s.posable);
  const save = () => {
    const src = captureView();
    if (src) downloadPng(src, imageFileName(selected));
  };
  return (
    <>
      <button
        type="button"
        className="small"
        onClick={() =>
          useHandout.getState().show({
            selected,
            pictures: has3d ? pictures(selected) : [],
            stretch: has3d && posable ? stretchPictures(selected) : null,
            noJoints: has3d && !posable,
          })
        }
      >
        {t('open')}
      </button>
      {has3d && (
        <button type="button" className="small" onClick={save}>
          {t('saveImage')}
        </button>
      )}
    </>
  );
}
