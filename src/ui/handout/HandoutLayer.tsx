import { createPortal } from 'react-dom';
import { HandoutSheet } from './HandoutSheet';
import { useHandout } from './handout-store';

/** The open handout over the whole page (print shows it alone), whichever panel opened it. */
export function HandoutLayer() {
  const open = useHandout((s) => s.open);
  if (!open) return null;
  return createPortal(
    <HandoutSheet
      selected={open.selected}
      pictures={open.pictures}
      stretchPictures={open.stretch}
      onClose={useHandout.getState().close}
    />,
    document.body,
  );
}
