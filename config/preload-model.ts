import type { Plugin } from 'vite';

/**
 * Starts the model's download from the viewer's HTML, while the scripts are still being fetched
 * and run, instead of after the scene's code has asked for it: on a slow line the model is the
 * largest file by far. The link must match the loader's own request (three's FileLoader uses
 * fetch with same-origin credentials, hence `as="fetch"` and `crossorigin`), or the browser
 * downloads the model twice. A clinic's model chosen at build time (VITE_MODEL_URL) is preloaded
 * instead; the example article page (embed-demo.html) preloads nothing, its frame does.
 */
export function preloadModel(): Plugin {
  let clinicModel: string | undefined;
  return {
    name: 'preload-model',
    apply: 'build',
    configResolved(config) {
      clinicModel = config.env.VITE_MODEL_URL as string | undefined;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return [];
        const bundled = Object.keys(ctx.bundle ?? {}).find((file) => /(^|\/)head-neck[^/]*\.glb$/.test(file));
        const href = clinicModel || (bundled && `./${bundled}`);
        if (!href) return [];
        return [{ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}
