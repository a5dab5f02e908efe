import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { captureView } from '../../scene/snapshot';
import { patternViewsFor, useModelStatus, type MuscleSide, type ViewName } from '../../state';
import { HandoutSheet, type HandoutPicture } from './HandoutSheet';
import { downloadPng, imageFileName } from './save-image';

/** Pictures for print: a fixed shape that fits half the page width, drawn at twice the size. */
const PICTURE = { width: 560, height: 460, pixelRatio: 2 } as const;

function pictures(selected: MuscleSide): HandoutPicture[] {
  return patternViewsFor(selected.muscleId, selected.side).flatMap((view: ViewName) => {
    const src = captureView({ view, ...PICTURE });
    return src ? [{ view, src }] : [];
  });
}

/** "Patient handout" and "Save image" for the selected muscle. */
export function HandoutButtons({ selected }: { readonly selected: MuscleSide }) {
  const { t } = useTranslation('handout');
  const has3d = useModelStatus((s) => s.phase === 'ready');
  const [open, setOpen] = useState<{ selected: MuscleSide; pictures: HandoutPicture[] } | null>(null);
  const save = () => {
    const src = captureView();
    if (src) downloadPng(src, imageFileName(selected));
  };
  return (
    <>
      <button type="button" className="small" onClick={() => setOpen({ selected, pictures: has3d ? pictures(selected) : [] })}>
        {t('open')}
      </button>
      {has3d && (
        <button type="button" className="small" onClick={save}>
          {t('saveImage')}
        </button>
      )}
      {open && createPortal(<HandoutSheet selected={open.selected} pictures={open.pictures} onClose={() => setOpen(null)} />, document.body)}
    </>
  );
}
