import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appShell } from './config/app-shell.ts';
import { cspMeta } from './config/csp.ts';
import { pwa } from './config/pwa.ts';
import { preloadModel } from './config/preload-model.ts';
import { fileURLToPath } from 'node:url';

export default defineConfig(({ mode }) => ({
  plugins: [react(), appShell(), cspMeta(), preloadModel(), pwa()],
  // Relative asset paths: a clinic can serve the built folder from any path on its own server.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // The polyfill is for browsers without modulepreload; every WebGL2 browser has it.
    modulePreload: { polyfill: false },
    // Two pages: the viewer, and an example clinic article that embeds it (src/embed/README.md).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        'embed-demo': fileURLToPath(new URL('./embed-demo.html', import.meta.url)),
      },
      // Everything the viewer's page imports statically goes into its entry chunk, and everything
      // the 3D view imports statically into the Viewport chunk. Left to itself, Rolldown cut the
      // first into some fifteen small chunks shared with lazy ones, each compressed apart and each
      // with its own imports and exports (about 5 KiB of gzip more before the first frame), and
      // split three.js's core off the second once the orbit controls had a chunk of their own
      // (3 KiB more). The lazy chunks import from these two instead. The embed demo shares only
      // types with the viewer.
      output: {
        codeSplitting: {
          groups: [
            { name: 'main', tags: ['$initial'], test: (id) => !/[\\/]embed-demo/.test(id) },
            { name: 'Viewport', test: /[\\/]src[\\/]scene[\\/]Viewport\.tsx$/ },
          ],
        },
      },
    },
  },
  // The end-to-end build (`vite build --mode e2e`) exposes a small test hook on window.
  define: mode === 'e2e' ? { 'import.meta.env.VITE_E2E': JSON.stringify('true') } : {},
}));
