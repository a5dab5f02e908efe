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

describe('the static server', () => {
  it('serves the files as built unless asked to compress', async () => {
    const plain = await serveStatic(dir);
    try {
      const res = await get(plain.url + '/model.glb', 'gzip, deflate');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.equals(model)).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('asked to compress, gzips the model for a browser that accepts it, with its compressed length', async () => {
    const server = await serveStatic(dir, { compress: true });
    try {
      const res = await get(server.url + '/model.glb', 'gzip, deflate, br');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-type']).toBe('model/gltf-binary');
      expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
      expect(res.body.byteLength).toBeLessThan(model.byteLength / 10);
      expect(gunzipSync(res.body).equals(model)).toBe(true);
      // Twice: the second answer comes from the compressed copy kept.
      expect((await get(server.url + '/model.glb', 'gzip')).body.equals(res.body)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('leaves images and browsers that do not accept gzip alone', async () => {
    const server = await serveStatic(dir, { compress: true });
    try {
      const png = await get(server.url + '/icon.png', 'gzip');
      expect(png.headers['content-encoding']).toBeUndefined();
      expect(png.body.equals(icon)).toBe(true);
      const identity = await get(server.url + '/model.glb');
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.equals(model)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
