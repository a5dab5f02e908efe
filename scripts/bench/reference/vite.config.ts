import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The reference scene is built like the viewer (React plugin, es2022, relative paths, no
 * modulepreload polyfill) so the bench compares the app with the bare stack, not two builds.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false }, emptyOutDir: true },
});
