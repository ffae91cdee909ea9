/**
 * A static server for the benchmark: the built app (dist/) with a single-page fallback, and the
 * corpus under /data/ from another folder; every text response gzip-compressed (as any real host
 * would), compressed bodies kept in memory so the server's own work stays out of the figures.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

async function fileIn(root: string, path: string): Promise<string | null> {
  const full = normalize(join(root, decodeURIComponent(path)));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

export async function startServer(
  distDir: string,
  dataDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      let file = path.startsWith('/data/')
        ? await fileIn(dataDir, path.slice('/data/'.length))
        : await fileIn(distDir, path === '/' ? 'index.html' : path);
      if (!file && !extname(path)) file = join(distDir, 'index.html');
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      const type = extname(file);
      const gzip =
        COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      let body = cache.get(`${gzip}:${file}`);
      if (!body) {
        const raw = await readFile(file);
        body = gzip ? gzipSync(raw, { level: 6 }) : raw;
        cache.set(`${gzip}:${file}`, body);
      }
      response.writeHead(200, {
        'Content-Type': TYPES[type] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        'Cache-Control': path.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      console.error(error);
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
