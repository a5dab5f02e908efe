/**
 * What the browser's WebGL is: none at all; a GPU; or software (SwiftShader, llvmpipe), which
 * a browser falls back to without a usable GPU and which draws every sample on the CPU.
 */
export type WebGLKind = 'none' | 'gpu' | 'software';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

let known: WebGLKind | null = null;

/** Asked once per page: each probe creates a context, about a second for a software renderer's first. */
export function webGLKind(): WebGLKind {
  known ??= probe();
  return known;
}

function probe(): WebGLKind {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return 'none';
    // Some browsers name the renderer plainly; others only through the debug extension.
    const named = (parameter: number) => String(gl.getParameter(parameter));
    const info = SOFTWARE.test(named(gl.RENDERER)) ? null : gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? named(info.UNMASKED_RENDERER_WEBGL) : named(gl.RENDERER);
    // The probe's context is given back at once: browsers allow only a few at a time.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(renderer) ? 'software' : 'gpu';
  } catch {
    return 'none';
  }
}
