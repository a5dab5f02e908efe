import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The bench's comparison pages are built like the viewer (React plugin, es2022, relative paths,
 * no modulepreload polyfill) so the bench compares the app with its stack, not two builds.
 */
export const benchPageConfig = (root: string): UserConfig =>
  defineConfig({
    root,
    plugins: [react()],
    base: './',
    logLevel: 'warn',
    build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false }, emptyOutDir: true },
  });
