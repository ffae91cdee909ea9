#!/usr/bin/env node
// Serves the built app (dist/) with a single-page-app fallback, on port 4173 or the next free one,
// and prints the address. Usage: node scripts/serve.mjs [--port N] [--host H]
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

async function fileAt(urlPath) {
  const path = normalize(join(ROOT, decodeURIComponent(urlPath)));
  if (path !== ROOT && !path.startsWith(ROOT + sep)) return null; // no escaping dist/
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(urlPath, 'index.html'));
  } catch {
    // not found
  }
  return null;
}

async function handle(request, response) {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  let path = await fileAt(urlPath);
  // Routes of the app (no file extension) get index.html; a missing file stays a 404,
  // so a missing data file is reported as missing rather than answered with HTML.
  if (!path && !extname(urlPath)) path = join(ROOT, 'index.html');
  if (!path) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const immutable = urlPath.startsWith('/assets/');
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(path).pipe(response);
}

function listen(server, port, host) {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePort(server.address().port);
    });
  });
}

async function main() {
  if (!(await fileAt('/index.html'))) {
    console.error(`No built app in ${ROOT}: run \`npm run build\` (or \`npm start\`) first.`);
    process.exit(1);
  }
  const host = option('host', '127.0.0.1');
  const wanted = Number(option('port', process.env.PORT ?? '4173'));
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      response.writeHead(500);
      response.end();
    });
  });
  let port;
  try {
    port = await listen(server, wanted, host);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    port = await listen(server, 0, host); // any free port
    console.log(`Port ${wanted} is busy; using ${port} instead.`);
  }
  console.log(
    `\n  Broadsheet is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/\n`,
  );
  console.log('  Press Ctrl+C to stop.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
