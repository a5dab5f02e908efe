import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A `<dialog>` shown as a modal while `open` holds and closed when it stops holding; the caller
 * puts the returned `dialog` ref on the element and listens to its close event, where every way
 * out (a button, Escape, the parent) ends. Opened in the commit that shows it (a layout effect):
 * a dialog coming in a chunk of its own was, with a passive effect, on the page but still closed
 * for a moment once the chunk came. A browser without `showModal` gets the open attribute.
 *
 * `focus`: what takes the focus once open, when the browser's pick (the first focusable element,
 * in a long dialog its scrolling text) would not let Enter press the button. `focusedBefore`
 * holds what had the focus when it opened, for a dialog that sends the focus somewhere of its
 * own choosing on close.
 */
export function useModalDialog(open: boolean, focus?: RefObject<HTMLElement | null>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const focusedBefore = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      focusedBefore.current = document.activeElement;
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      focus?.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open, focus]);
  return { dialog, focusedBefore };
}
