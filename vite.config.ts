import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  // Relative asset paths: a clinic can serve the built folder from any path on its own server.
  base: './',
  build: { target: 'es2022', sourcemap: false },
  // The end-to-end build (`vite build --mode e2e`) exposes a small test hook on window.
  define: mode === 'e2e' ? { 'import.meta.env.VITE_E2E': JSON.stringify('true') } : {},
}));
