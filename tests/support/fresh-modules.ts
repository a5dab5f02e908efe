import { vi } from 'vitest';

/*
 * Before each file of a worker that runs many (`isolate: false`): forget every module of ours the
 * files before it evaluated, so this one imports the store, the catalogues and the mapping afresh,
 * as in a worker of its own. Packages stay loaded (Node keeps them), which is the time saved.
 */
vi.resetModules();
