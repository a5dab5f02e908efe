import { buttonViews, useModelStatus, useViewer } from '../state';

const titles = { front: 'Front', left: 'Left', right: 'Right', back: 'Back', top: 'Top' } as const;

/** Preset camera views; Left and Right are the subject's sides. */
export function ViewButtons() {
  const view = useViewer((s) => s.view);
  const { showView, resetView } = useViewer.getState();
  const has3d = useModelStatus((s) => s.phase !== 'failed' && s.phase !== 'no-webgl');
  if (!has3d) return null;
  return (
    <nav className="views" aria-label="Camera views">
      {buttonViews.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} className={view === v ? 'on' : ''} onClick={() => showView(v)}>
          {titles[v]}
        </button>
      ))}
      <button type="button" onClick={resetView}>
        Reset
      </button>
    </nav>
  );
}
