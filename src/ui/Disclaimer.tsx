import { useEffect, useRef } from 'react';
import { RedFlags } from './RedFlags';

/** Education, not diagnosis: the disclaimer and the red flags, as a modal dialog. */
export function Disclaimer({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="disclaimer" aria-labelledby="disclaimer-title" onClose={onClose}>
      <h2 id="disclaimer-title">For learning, not diagnosis</h2>
      <p>
        This viewer shows patterns of referred pain described in the trigger point literature. It helps explain and explore;
        it cannot tell you what causes your pain. Many headaches have other causes, and some need a doctor urgently.
      </p>
      <RedFlags />
      <button type="button" onClick={onClose} autoFocus>
        I understand
      </button>
    </dialog>
  );
}
