import { useTranslation } from 'react-i18next';
import { useViewer } from '../state';

/** Short messages, e.g. parts of a shared link that were ignored; kept as keys, worded here. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useViewer((s) => s.notices);
  const dismiss = useViewer((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n, i) => (
        <p key={`${i}-${n.key}`}>
          {t(n.key, n.params)}
          <button type="button" className="small" aria-label={t('notices.dismiss')} onClick={() => dismiss(i)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
