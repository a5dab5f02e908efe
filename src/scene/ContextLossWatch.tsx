import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useModelStatus } from '../state';

/**
 * A GPU reset, a driver update or too many tabs can take the WebGL context away. three.js
 * rebuilds its GPU state on restore from the CPU copies it keeps (geometry, and the `zone` and
 * `paint` attributes the viewer writes there), so nothing of the picture is lost; but with
 * frameloop "demand" nothing is drawn again until asked. So: say so while it is lost, redraw
 * when it is back. The store is untouched, so selection and pain drawing stay as they were.
 */
export function ContextLossWatch() {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const lost = () => useModelStatus.setState({ contextLost: true });
    const restored = () => {
      useModelStatus.setState({ contextLost: false });
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [canvas, invalidate]);
  return null;
}
