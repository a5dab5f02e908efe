import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './config/csp.ts';
import { pwa } from './config/pwa.ts';
import { preloadModel } from './config/preload-model.ts';
import { fileURLToPath } from 'node:url';

export default defineConfig(({ mode }) => ({
  plugins: [react(), cspMeta(), preloadModel(), pwa()],
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
    },
  },
  // The end-to-end build (`vite build --mode e2e`) exposes a small test hook on window.
  define: mode === 'e2e' ? { 'import.meta.env.VITE_E2E': JSON.stringify('true') } : {},
}));
