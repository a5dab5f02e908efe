import { createRoot, type ReconcilerRoot } from '@react-three/fiber';
import { act, type ReactNode } from 'react';

/**
 * Mounts R3F components without WebGL. The installed @react-three/test-renderer (11.0.0)
 * expects a synchronous `configure()` that fiber 9 no longer has, so these tests drive fiber's
 * own root with a renderer stand-in: scene-graph behaviour only, nothing is drawn.
 */
function inert(): unknown {
  const fn = (): unknown => proxy;
  const proxy: unknown = new Proxy(fn, {
    get: (_t, key) => (key === 'then' || key === Symbol.toPrimitive ? undefined : proxy),
    apply: () => proxy,
    set: () => true,
  });
  return proxy;
}

function fakeRenderer(canvas: HTMLCanvasElement): unknown {
  const own: Record<PropertyKey, unknown> = { domElement: canvas, render: () => undefined };
  return new Proxy(own, {
    get: (t, key) => (key in t ? t[key] : key === 'then' ? undefined : inert()),
    set: (t, key, value) => {
      t[key] = value;
      return true;
    },
  });
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedScene {
  readonly root: ReconcilerRoot<HTMLCanvasElement>;
  unmount(): Promise<void>;
}

export async function renderScene(element: ReactNode): Promise<MountedScene> {
  const canvas = document.createElement('canvas');
  const root = createRoot(canvas);
  await act(async () => {
    await root.configure({
      gl: fakeRenderer(canvas) as never,
      frameloop: 'never',
      events: undefined,
      size: { width: 320, height: 240, top: 0, left: 0 },
      dpr: 1,
    });
    root.render(element);
  });
  return {
    root,
    unmount: () => act(async () => root.unmount()),
  };
}

export { act };
