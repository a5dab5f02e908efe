import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PartFailed, PartLoading } from './lazy-part';
import { useRedFlags } from './red-flags-part';
import { TOUR_CARD_ID } from './tour/tour-card-id';
import { useModalDialog } from './useModalDialog';

/**
 * Where the keyboard carries on once the disclaimer is closed. The browser puts the focus back
 * where it was, which on a first visit is the page body: a visitor who came by a tour link could
 * not step the tour with the arrow keys. So: back to what had the focus (the header button that
 * reopened it, say), else a playing tour's card, else the main content.
 */
function focusAfterDisclaimer(dialog: HTMLDialogElement, before: Element | null): void {
  const previous =
    before instanceof HTMLElement && before !== document.body && before.isConnected && !dialog.contains(before)
      ? before
      : null;
  const target = previous ?? document.getElementById(TOUR_CARD_ID) ?? document.querySelector<HTMLElement>('main');
  target?.focus();
}

/**
 * Education, not diagnosis: the disclaimer and the red flags, as a modal dialog. Title and button
 * stay in view and the text between them scrolls, so it fits a 600-pixel-high frame or a phone
 * on its side.
 */
export function Disclaimer({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation();
  // The button takes the focus, not the browser's pick (the scrolling text comes first), so Enter agrees.
  const understand = useRef<HTMLButtonElement>(null);
  const { dialog: ref, focusedBefore: before } = useModalDialog(open, understand);
  // In a chunk of their own, there before the dialog opens (src/ui/red-flags-part.ts).
  const redFlags = useRedFlags(open);
  // Every way out (the button, Escape, the parent) ends in the dialog's close event.
  const closed = () => {
    onClose();
    if (ref.current) focusAfterDisclaimer(ref.current, before.current);
    before.current = null;
  };
  return (
    <dialog ref={ref} className="disclaimer" aria-labelledby="disclaimer-title" onClose={closed}>
      <h2 id="disclaimer-title">{t('disclaimer.title')}</h2>
      {/* Focusable so the keyboard can scroll it when it does not fit. */}
      <div className="disclaimer-text" tabIndex={0}>
        <p>{t('disclaimer.body')}</p>
        {redFlags.state === 'in' ? (
          <redFlags.RedFlags />
        ) : redFlags.state === 'failed' ? (
          <>
            {/* The gravest of src/clinic/red-flags.ts's signs in words of the first load: never left out. */}
            <p className="red-flags-unavailable">
              <strong>{t('redFlags.unavailable')}</strong>
            </p>
            <PartFailed onRetry={redFlags.retry} />
          </>
        ) : (
          <PartLoading />
        )}
      </div>
      <button ref={understand} type="button" onClick={() => ref.current?.close()}>
        {t('disclaimer.understand')}
      </button>
    </dialog>
  );
}
