import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { modelIO } from '../../models/generator/gltf';
import { musclesForPainArea, musclesReferringTo, type Vec3 } from '../../src/mapping';
import { headSurfacePoint } from '../lib/head-points';

export interface ModelFigures {
  readonly bytes: number;
  readonly triangles: number;
}

/** Size on disk and triangles of every primitive (indexed or not), read with glTF Transform. */
export async function modelFigures(path: string): Promise<ModelFigures> {
  const data = readFileSync(path);
  const doc = await (await modelIO()).readBinary(new Uint8Array(data));
  let triangles = 0;
  for (const mesh of doc.getRoot().listMeshes())
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue; // TRIANGLES; the model has no strips or fans
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')!.getCount();
      triangles += count / 3;
    }
  return { bytes: data.byteLength, triangles };
}

/**
 * gzip -9 bytes of the files behind the script paths a page requested (paths from the site's root,
 * served from `dir`), each counted once: what a compressing server sends before the first frame.
 */
export const gzipBytes = (dir: string, paths: readonly string[]): number =>
  [...new Set(paths)].reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p)), { level: 9 }).byteLength, 0);

/** A built file's name without its content hash: `main-DWEmjYV9.js` -> `main.js`; unhashed names unchanged. */
const unhashed = (name: string): string => name.replace(/-[\w-]{8}(\.[a-z]+)$/, '$1');

/**
 * The same script in another build of the same page (paths from the site's root): the chunk of
 * the same name and folder, whatever its hash. The bench times the viewer's end-to-end build, for
 * its hook, but a visitor fetches the production build, without the tests' hook; this is how the
 * bytes fetched before the first frame are counted on the build a visitor gets.
 */
export function sameScriptIn(dir: string, path: string): string {
  const folder = dirname(path);
  const name = unhashed(basename(path));
  const found = readdirSync(join(dir, folder)).filter((f) => unhashed(f) === name);
  if (found.length !== 1) throw new Error(`${path}: ${found.length} files named like it in ${join(dir, folder)}`);
  return join(folder, found[0]!);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export interface LookupFigures {
  readonly pointsPerSecond: number;
  readonly painAreaMs: number;
}

/**
 * Reverse lookups on points of a head-shaped surface (the property tests' sampler, fixed seed):
 * one warm-up pass so the JIT has compiled the lookup, then timed passes.
 */
export function lookupFigures(points = 20_000, drawings = 9): LookupFigures {
  const sample = fc.sample(headSurfacePoint, { numRuns: points, seed: 1 }) as Vec3[];
  for (const p of sample.slice(0, 2_000)) musclesReferringTo(p);
  const t0 = performance.now();
  for (const p of sample) musclesReferringTo(p);
  const pointsPerSecond = points / ((performance.now() - t0) / 1000);
  const drawing = sample.slice(0, 2_000);
  musclesForPainArea(drawing);
  const times = Array.from({ length: drawings }, () => {
    const t = performance.now();
    musclesForPainArea(drawing);
    return performance.now() - t;
  });
  return { pointsPerSecond, painAreaMs: median(times) };
}

export { median };
