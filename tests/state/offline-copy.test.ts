import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialModelStatus, startOfflineCopy, useModelStatus, type ModelPhase } from '../../src/state';
import type { OfflineCopyPage } from '../../src/state/offline-copy';

/** A page whose load event the test fires, with a worker registry that records its calls. */
function fakePage(readyState: DocumentReadyState, withWorkers = true) {
  const register = vi.fn((_url: string, _options?: RegistrationOptions) =>
    Promise.resolve({} as ServiceWorkerRegistration),
  );
  const onLoad: (() => void)[] = [];
  const page: OfflineCopyPage & { document: { readyState: DocumentReadyState } } = {
    document: { readyState },
    navigator: withWorkers ? { serviceWorker: { register } } : {},
    addEventListener: (_type, listener) => void onLoad.push(listener),
  };
  const load = () => {
    page.document.readyState = 'complete';
    for (const l of onLoad.splice(0)) l();
  };
  return { page, register, load };
}

const phase = (p: ModelPhase) => useModelStatus.setState({ phase: p });

beforeEach(() => useModelStatus.setState({ ...initialModelStatus }));

describe('the offline copy starts after the first model download', () => {
  it('waits for the page to load and the model to be ready, then registers the worker once', () => {
    const { page, register, load } = fakePage('interactive');
    startOfflineCopy(page, './sw.js');
    expect(register).not.toHaveBeenCalled();
    load();
    expect(register, 'page loaded, model still downloading').not.toHaveBeenCalled();
    phase('ready');
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    phase('loading');
    phase('ready');
    expect(register, 'a clinic model dropped later').toHaveBeenCalledTimes(1);
  });

  it('waits for the load event when the model is ready first', () => {
    const { page, register, load } = fakePage('loading');
    startOfflineCopy(page, './sw.js');
    phase('ready');
    expect(register).not.toHaveBeenCalled();
    load();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it.each<ModelPhase>(['failed', 'no-webgl'])(
    'starts when the model has ended %s: the panels still work offline',
    (p) => {
      const { page, register } = fakePage('complete');
      startOfflineCopy(page, './sw.js');
      expect(register).not.toHaveBeenCalled();
      phase(p);
      expect(register).toHaveBeenCalledTimes(1);
    },
  );

  it('does nothing in a browser without service workers, and a refused registration is no error', async () => {
    const bare = fakePage('complete', false);
    expect(() => startOfflineCopy(bare.page, './sw.js')).not.toThrow();
    phase('ready');
    const refused = fakePage('complete');
    refused.register.mockImplementation(() => Promise.reject(new Error('storage refused')));
    startOfflineCopy(refused.page, './sw.js');
    await expect(refused.register.mock.results[0]!.value).rejects.toThrow('storage refused');
  });

  it('a start cancelled while waiting never registers', () => {
    const { page, register } = fakePage('complete');
    const cancel = startOfflineCopy(page, './sw.js');
    cancel();
    phase('ready');
    expect(register).not.toHaveBeenCalled();
  });
});
