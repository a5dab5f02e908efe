import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../useModalDialog';
import { QrCode } from './QrCode';

type Copied = 'idle' | 'copied' | 'failed';

/**
 * The link to the screen: as a QR code to scan, to copy, and (where the browser has one) to hand
 * to the system share sheet. A modal dialog like the disclaimer: Escape or the button closes it,
 * and the focus goes back to the Share button.
 */
export function ShareDialog({ link, onClose }: { readonly link: string; readonly onClose: () => void }) {
  const { t } = useTranslation('ui');
  // Shown while it is on the page: the parent puts it there to open it.
  const { dialog: ref } = useModalDialog(true);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<Copied>('idle');
  const canShare = typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is selected to copy by hand.
      input.current?.select();
      setCopied('failed');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: link });
    } catch {
      // Cancelled by the user, or refused: the dialog stays for copying or scanning.
    }
  };
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t('share.title')}</h2>
      <p>{t('share.scan')}</p>
      <QrCode text={link} />
      <label className="share-link">
        <span>{t('share.link')}</span>
        <input ref={input} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="button-row">
        {canShare && (
          <button type="button" onClick={() => void share()}>
            {t('share.send')}
          </button>
        )}
        <button type="button" onClick={() => void copy()}>
          {t('share.copy')}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('share.close')}
        </button>
      </div>
      <p role="status" className={copied === 'idle' ? 'visually-hidden' : 'share-status'}>
        {copied === 'copied' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
      </p>
    </dialog>
  );
}
