import { useModelStatus } from '../state';

/** Without a 3D view the panels carry on; this says why, above them, never on top of them. */
export function ModelFailure() {
  const { phase, message } = useModelStatus();
  if (phase !== 'failed' && phase !== 'no-webgl') return null;
  return (
    <div className="model-failure" role="alert">
      {message} The muscle list, the named places, the information and the reverse lookup still work.
    </div>
  );
}
