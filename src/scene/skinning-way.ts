import { webGLKind } from './webgl';

/**
 * Where a pose is skinned: in the vertex shader on a GPU, on the CPU once per pose on a software
 * renderer, which would otherwise compile a skinned variant of every program on the page's thread
 * (`cpu-skin.ts`, loaded only there, after the first frame or with the first pose).
 */

type CpuSkin = typeof import('./cpu-skin');

let loaded: CpuSkin | null = null;
let loading: Promise<CpuSkin> | null = null;

/**
 * Whether poses are skinned on the CPU: on a software renderer. The end-to-end build may ask for
 * the shader's way with `?skinning=shader`, to test both.
 */
export function skinsOnCpu(): boolean {
  if (import.meta.env.VITE_E2E === 'true' && new URLSearchParams(location.search).get('skinning') === 'shader')
    return false;
  return webGLKind() === 'software';
}

/** Loads the CPU skinning (once). */
export function loadCpuSkin(): Promise<CpuSkin> {
  loading ??= import('./cpu-skin').then((m) => (loaded = m));
  return loading;
}

/** The CPU skinning where poses are skinned on the CPU and it has loaded; else null (the shader skins). */
export const cpuSkin = (): CpuSkin | null => (loaded && skinsOnCpu() ? loaded : null);

export type { CpuSkin };
