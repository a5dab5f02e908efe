import { loadTours } from '../../src/state/tour-library';

/*
 * The tours come in a chunk of their own (src/state/tour-library.ts): the app fetches them before
 * anything shows one (a tour link, the Tours menu). Tests start tours and read tour links
 * directly, so the tours are in before each file; tests/state/tour-library.test.ts covers the
 * way in without them.
 */
await loadTours();
