import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layers are written once, in eslint.config.js, and `npm run lint` enforces them. These
 * cases prove the linter really fails a wrong-way import (and passes the right-way ones): each
 * lints one snippet as if it were a file at that path, so it runs in seconds, not a whole tree.
 * Import targets are real files, since an import the resolver cannot find is TypeScript's to report.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const LAYER_RULES = new Set(['boundaries/dependencies', 'no-restricted-imports', 'no-restricted-globals']);

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // Loading the config and the TypeScript parser takes seconds on a busy machine: once, here.
  await eslint.lintText('export {};', { filePath: join(root, 'src/App.tsx') });
}, 60_000);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

const forbidden: [string, string, string][] = [
  ['a muscle file reaching up to the store', 'src/mapping/muscles/x.ts', "export { useViewer } from '../../state';"],
  [
    'a tour naming a view through the store (type only)',
    'src/tours/x.ts',
    "export type { MuscleSide } from '../state/types';",
  ],
  ['the store importing the 3D view', 'src/state/x.ts', "export { Viewport } from '../scene/Viewport';"],
  [
    'the handout panel importing the canvas',
    'src/ui/handout/x.ts',
    "export { Snapshots } from '../../scene/Snapshots';",
  ],
  ['a panel loading the 3D chunk itself', 'src/ui/x.ts', "export const load = () => import('../scene/Viewport');"],
  ['the catalogues reading the store', 'src/i18n/x.ts', "export { useViewer } from '../state';"],
  ['the embed demo bundling the viewer', 'src/embed-demo/x.ts', "export { startEmbed } from '../embed';"],
  ['the model generator importing the store', 'models/generator/x.ts', "export { useViewer } from '../../src/state';"],
  ['the bench importing a test helper', 'scripts/bench/x.ts', "export { openViewer } from '../../tests/e2e/browser';"],
  [
    'a shared dev tool importing the browser-only store',
    'scripts/lib/x.ts',
    "export { useViewer } from '../../src/state';",
  ],
  ['three.js in a pure folder', 'src/mapping/x.ts', "export { Mesh } from 'three';"],
  ['the poses reading the store', 'src/movement/x.ts', "export { useViewer } from '../state';"],
  ['the mapping reaching up to the poses', 'src/mapping/x.ts', "export { namedPoses } from '../movement';"],
  ['React in a pure folder', 'src/quiz/x.ts', "export { useState } from 'react';"],
  [
    'a Vite-only import in a pure folder',
    'src/tours/x.ts',
    "export { default } from '../../models/head-neck.glb?url';",
  ],
  ['the DOM in a pure folder', 'src/clinic/x.ts', 'export const width = () => window.innerWidth;'],
];

const allowed: [string, string, string][] = [
  ['a muscle file using the landmarks', 'src/mapping/muscles/x.ts', "export { landmarks } from '../landmarks';"],
  ['a tour naming a view', 'src/tours/x.ts', "export type { ViewName } from '../display';"],
  ['the poses naming the clinic’s advice', 'src/movement/x.ts', "export type { AdviceId } from '../clinic/self-care';"],
  ['the model generator building joints', 'models/generator/x.ts', "export { joints } from '../../src/movement';"],
  ['the store playing a tour', 'src/state/x.ts', "export { tours } from '../tours';"],
  ['the handout asking for a picture', 'src/ui/handout/x.ts', "export { captureView } from '../../state/snapshot';"],
  ['App loading the 3D chunk lazily', 'src/App.tsx', "export const load = () => import('./scene/Viewport');"],
  [
    'the embed demo knowing the message types',
    'src/embed-demo/x.ts',
    "export type { ViewerEvent } from '../embed/events';",
  ],
  ['the bench using the shared browser launch', 'scripts/bench/x.ts', "export { launch } from '../lib/browser';"],
  ['a test importing anything', 'tests/x.test.ts', "export { Viewport } from '../src/scene/Viewport';"],
];

describe('the layers are enforced by the linter', () => {
  it.each(forbidden)('fails %s', async (_what, file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each(allowed)('passes %s', async (_what, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('has a layer for every folder of code in src, so no new folder goes unchecked', async () => {
    const config = (await eslint.calculateConfigForFile(join(root, 'src/App.tsx'))) as {
      settings: { 'boundaries/elements': { pattern: string }[] };
    };
    const patterns = new Set(config.settings['boundaries/elements'].map((e) => e.pattern));
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() &&
          readdirSync(join(root, 'src', d.name), { recursive: true }).some((f) => /\.tsx?$/.test(String(f))),
      )
      .map((d) => `src/${d.name}`);
    expect(folders.filter((f) => !patterns.has(f))).toEqual([]);
  });
});
