import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the page once, then true. The 3D view waits for it: the
 * WebGL context, the scene's code and the model's decoding hold the page's thread for a second
 * or more on a tablet, and started in the same breath as the panels they kept the panels from
 * being painted until the model was in. A frame's wait (the model has been downloading since the
 * HTML asked for it) lets the visitor read the panels and the disclaimer meanwhile.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // An animation frame runs just before a paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
