import type { Plugin } from 'vite';

/**
 * The Content Security Policy of every built page. Nothing the viewer needs lives on another
 * origin, so a remote script, style, image or connection can only be an injection or a
 * mistake, and the browser refuses it.
 * - script-src: no inline scripts; 'wasm-unsafe-eval' lets the meshopt decoder compile its
 *   WebAssembly (shipped inside the bundle), nothing else.
 * - style-src 'self': stylesheets are files; React sets style properties through the CSSOM,
 *   which a policy does not govern.
 * - img-src/connect-src blob: and data: a clinic's .glb with textures is unpacked by three's
 *   GLTFLoader into blob: URLs and fetched from there; the manifest's icons are files.
 * - frame-ancestors cannot be set from a meta element; see "Privacy and security" in the README
 *   for the response headers a server should add.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the policy as a meta element to every HTML page of the build (the viewer and any other
 * entry), first in <head> so it governs everything after it. Not in `vite` (dev): the dev
 * server's hot reload relies on an inline script.
 */
export function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
