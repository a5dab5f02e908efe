import { useModelStatus } from '../state';

/** Loading progress, or what a clinic's model lacks (failures: ModelFailure). */
export function ModelStatusBanner() {
  const { phase, progress, missing, sourceName } = useModelStatus();
  if (phase === 'loading') {
    const pct = progress === null ? undefined : Math.round(progress * 100);
    return (
      <div className="model-status loading" role="status">
        <span>Loading the 3D model{pct === undefined ? '…' : ` ${pct}%`}</span>
        <progress max={100} value={pct} aria-label="Loading the 3D model" />
      </div>
    );
  }
  if (missing.length > 0) {
    return (
      <details className="model-status missing">
        <summary>
          The {sourceName} lacks {missing.length} named part{missing.length > 1 ? 's' : ''} the viewer expects
        </summary>
        <ul>
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </details>
    );
  }
  return null;
}
