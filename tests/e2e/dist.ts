import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * The end-to-end build. `npm run test:e2e` writes it to dist-e2e; E2E_DIST points elsewhere so
 * two checkouts or two people can build and test side by side.
 */
export const dist = resolve(root, process.env.E2E_DIST ?? 'dist-e2e');

export function assertBuilt(): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No build in ${dist}: npm run test:e2e builds the app first.`);
  }
}
