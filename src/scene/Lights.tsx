/**
 * A soft sky/ground fill, a key light from the front-left above and a rim from behind, so the
 * bony landmarks and the muscle bellies cast readable shading without an environment map
 * (nothing may be fetched from another origin).
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#4a3a34', 0.9]} />
      <directionalLight position={[0.6, 1, 1.2]} intensity={1.5} />
      <directionalLight position={[-0.8, 0.3, 0.6]} intensity={0.5} />
      <directionalLight position={[0, 0.5, -1.2]} intensity={0.6} />
    </>
  );
}
