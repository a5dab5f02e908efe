import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The link as a QR code a patient scans with a phone in the clinic. The encoder is loaded on
 * first use, so it adds nothing to the first load; one canvas pixel per module, scaled up sharp
 * by CSS, black on white with the four-module quiet zone scanners need.
 */
export function QrCode({ text }: { readonly text: string }) {
  const { t } = useTranslation('ui');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    import('lean-qr')
      .then(({ generate }) => {
        if (!current || !canvas.current) return;
        generate(text).toCanvas(canvas.current, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4 });
        setFailed(false);
      })
      // Offline before the chunk was cached, or a link too long for a code: the link itself still works.
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [text]);
  return failed ? (
    <p className="hint">{t('share.qrFailed')}</p>
  ) : (
    <canvas ref={canvas} className="qr-code" role="img" aria-label={t('share.qrLabel')} width={1} height={1} />
  );
}
