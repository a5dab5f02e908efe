import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareLink } from './share-link';
import { lazyPart } from '../lazy-part';

// The dialog (and its QR code) is fetched the first time a link is shared.
const ShareDialog = lazyPart(() => import('./ShareDialog').then((m) => m.ShareDialog));

/**
 * Sharing without an address bar (an installed app window, a clinic's frame): opens the link's
 * dialog, taken from the screen at the moment of the click.
 */
export function ShareButton() {
  const { t } = useTranslation('ui');
  const [link, setLink] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setLink(null);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="share-button" onClick={() => setLink(shareLink())}>
        {t('share.open')}
      </button>
      {link !== null && <ShareDialog link={link} onClose={close} />}
    </>
  );
}
