import { defineConfig } from 'vitest/config';
import e2e from '../../vitest.e2e.config';

/**
 * The browser acceptance files of issue 10 on their own (the suite leaves them out while today's
 * model fails them; see `opaque-skin.acceptance.ts`), with the browser suite's server, Chromium
 * and timeouts. Build first, as for any browser test: `npx vite build --mode e2e --outDir
 * dist-e2e`. Delete this file when they become tests.
 */
export default defineConfig({ test: { ...e2e.test, include: ['tests/e2e/**/*.acceptance.ts'] } });
