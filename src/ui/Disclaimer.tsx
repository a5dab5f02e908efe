import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RedFlags } from './RedFlags';

/** Education, not diagnosis: the disclaimer and the red flags, as a modal dialog. */
export function Disclaimer({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation();
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
      <h2 id="disclaimer-title">{t('disclaimer.title')}</h2>
      <p>{t('disclaimer.body')}</p>
      <RedFlags />
      <button type="button" onClick={onClose} autoFocus>
        {t('disclaimer.understand')}
      </button>
    </dialog>
  );
}
