import { createPortal } from 'react-dom';
import { lazyPart } from '../lazy-part';
import { useHandout } from './handout-store';

// The sheet and its words are fetched the first time a handout opens.
const HandoutSheet = lazyPart(() => import('./HandoutSheet').then((m) => m.HandoutSheet));

/** The open handout over the whole page (print shows it alone), whichever panel opened it. */
export function HandoutLayer() {
  const open = useHandout((s) => s.open);
  if (!open) return null;
  return createPortal(
    <HandoutSheet
      selected={open.selected}
      pictures={open.pictures}
      stretchPictures={open.stretch}
      noJoints={open.noJoints}
      onClose={useHandout.getState().close}
    />,
    document.body,
  );
}
