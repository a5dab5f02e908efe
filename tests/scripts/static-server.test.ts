import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const model = Buffer.from('glTF'.repeat(5000));
const icon = Buffer.from('PNG'.repeat(3000));
writeFileSync(join(dir, 'model.glb'), model);
writeFileSync(join(dir, 'icon.png'), icon);
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>viewer</title>');

/** A GET with raw bytes and headers (fetch would undo the compression out of sight). */
function get(url: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Runs `check` against a server of `dir` and closes it, whatever the check does. */
async function withServer(compress: boolean, check: (url: string) => Promise<void>) {
  const server = await serveStatic(dir, { compress });
  try {
    await check(server.url);
  } finally {
    await server.close();
  }
}

describe('the static server', () => {
  it('serves the files as built unless asked to compress', () =>
    withServer(false, async (url) => {
      const res = await get(url + '/model.glb', 'gzip, deflate');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.equals(model)).toBe(true);
    }));

  it('asked to compress, gzips the model for a browser that accepts it, with its compressed length', () =>
    withServer(true, async (url) => {
      const res = await get(url + '/model.glb', 'gzip, deflate, br');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-type']).toBe('model/gltf-binary');
      expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
      expect(res.body.byteLength).toBeLessThan(model.byteLength / 10);
      expect(gunzipSync(res.body).equals(model)).toBe(true);
      // Twice: the second answer comes from the compressed copy kept.
      expect((await get(url + '/model.glb', 'gzip')).body.equals(res.body)).toBe(true);
    }));

  it('leaves images and browsers that do not accept gzip alone', () =>
    withServer(true, async (url) => {
      const png = await get(url + '/icon.png', 'gzip');
      expect(png.headers['content-encoding']).toBeUndefined();
      expect(png.body.equals(icon)).toBe(true);
      const identity = await get(url + '/model.glb');
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.equals(model)).toBe(true);
    }));
});
