import { useModelStatus } from './model-status';

/** What starting the offline copy needs of the page: its load state and the worker registry. */
export interface OfflineCopyPage {
  readonly document: Pick<Document, 'readyState'>;
  readonly navigator: { readonly serviceWorker?: Pick<ServiceWorkerContainer, 'register'> };
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
}

/**
 * Starts the offline copy (the service worker of `config/pwa.ts`, whose install precaches the
 * pages, every chunk and the model) once the page has loaded and the model is on screen or has
 * failed. Started earlier, its precache fetched the model and the chunks a second time while the
 * first model download was still under way, which a clinic's slow line pays for in the first
 * frame; and its registration was one more script fetched before that frame. Returns a function
 * that cancels a start still waiting.
 */
export function startOfflineCopy(page: OfflineCopyPage, workerUrl: string): () => void {
  const registry = page.navigator.serviceWorker;
  if (!registry) return () => undefined;
  let done = false;
  let stopWatching = (): void => undefined;
  const tryStart = () => {
    // The document is complete from just before its load event on.
    if (done || page.document.readyState !== 'complete' || useModelStatus.getState().phase === 'loading') return;
    done = true;
    stopWatching();
    // The scope is the folder of the page, so a viewer served under a path serves only that path.
    registry.register(workerUrl, { scope: './' }).catch(() => {
      // No offline copy (a private window, storage refused): the viewer works online as before.
    });
  };
  stopWatching = useModelStatus.subscribe(tryStart);
  if (page.document.readyState !== 'complete') page.addEventListener('load', tryStart, { once: true });
  tryStart();
  return () => {
    done = true;
    stopWatching();
  };
}
