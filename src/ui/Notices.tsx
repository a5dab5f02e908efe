import { useViewer } from '../state';

/** Short messages, e.g. parts of a shared link that were ignored. */
export function Notices() {
  const notices = useViewer((s) => s.notices);
  const dismiss = useViewer((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n, i) => (
        <p key={`${i}-${n}`}>
          {n}
          <button type="button" className="small" aria-label="Dismiss notice" onClick={() => dismiss(i)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
