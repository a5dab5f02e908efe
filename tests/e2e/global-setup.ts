import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { launchServer } from './browser';
import { assertBuilt, dist } from './dist';
import { lightModelFile } from './light-model';
import { serveStatic } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local server of the end-to-end build. */
    appUrl: string;
    /** Where the one Chromium of the run listens; each test file connects to it. */
    browserEndpoint: string;
    /** The light model's file (./light-model.ts), made once per shipped model. */
    lightModel: string;
  }
}

/**
 * Once per run: the end-to-end build on one local server and one Chromium, shared by every test
 * file and worker (each test still gets a fresh browser context), instead of a server and a
 * browser started and stopped per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  mkdirSync(join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots-tmp'), { recursive: true });
  project.provide('lightModel', await lightModelFile());
  const server = await serveStatic(dist);
  const browser = await launchServer();
  project.provide('appUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
