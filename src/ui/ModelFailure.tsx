import { useModelStatus } from '../state';

/** Without a 3D view the panels carry on; this says why, above them, never on top of them. */
export function ModelFailure() {
  const { phase, message, contextLost } = useModelStatus();
  if (contextLost)
    // Passing: the browser gives the context back and the picture returns by itself.
    return (
      <div className="model-failure" role="alert">
        The 3D view was interrupted by the graphics system and comes back when the browser allows. Your selection and pain drawing are kept.
      </div>
    );
  if (phase !== 'failed' && phase !== 'no-webgl') return null;
  return (
    <div className="model-failure" role="alert">
      {message} The muscle list, the named places, the information and the reverse lookup still work.
    </div>
  );
}
