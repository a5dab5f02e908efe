import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** What the top-level README's serving advice has a server compress: text, scripts and the model. */
const compressible = new Set(['.html', '.js', '.css', '.glb', '.json', '.webmanifest', '.svg', '.wasm']);

export interface ServeOptions {
  /**
   * gzip what the README's serving advice compresses, for a browser that accepts it, as a
   * deployment that follows the advice does: the bench measures the pages as visitors get them.
   * Off for the tests, which read the files as built.
   */
  readonly compress?: boolean;
}

/** Serves the built app from `dir` on 127.0.0.1 and a free port; unknown paths get index.html. */
export async function serveStatic(
  dir: string,
  { compress = false }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  // Compressed once per file: gzip of the 3 MB model takes a tenth of a second.
  const gzipped = new Map<string, Buffer>();
  // Room for the hostile-link tests' longest links (Node's default stops at 16 KB of headers).
  const server: Server = createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (compress && compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.byteLength,
        vary: 'Accept-Encoding',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
