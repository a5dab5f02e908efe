import { VitePWA } from 'vite-plugin-pwa';

/**
 * Installable and offline: a web app manifest, and a service worker (Workbox) that precaches
 * the pages, all scripts and styles, the icons and the model, so the viewer opens without a
 * network once it has been visited. Every precached file carries a revision, and a new build's
 * worker takes over at once (autoUpdate), so a new deployment is not hidden behind an old cache.
 */
export function pwa() {
  return VitePWA({
    registerType: 'autoUpdate',
    // The app registers the worker itself once the model is on screen (src/state/offline-copy.ts):
    // no registration script before the first frame, no precache competing with the model.
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
    manifest: {
      name: 'Head and neck trigger points',
      short_name: 'Trigger points',
      description:
        'Interactive 3D head and neck: trigger points and the headaches they refer. For education, not diagnosis.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#20262e',
      background_color: '#20262e',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,glb,wasm,woff2,webmanifest}'],
      // The model (about 1.6 MB) must be precached too; Workbox skips files over 2 MiB by default.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new worker replaces the old one at once and takes over open pages, so a deployment
      // (or a test's fresh build) is never served from an older precache.
      skipWaiting: true,
      clientsClaim: true,
    },
  });
}
