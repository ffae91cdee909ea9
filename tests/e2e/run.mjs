#!/usr/bin/env node
// The end-to-end stage: build the data and the app, start `vite preview` on a free port, run the
// specs in the system Chromium (tests/e2e/runner.ts), and always stop the server by its PID.
// Run alone with `npm run test:e2e`; scripts/test-all.mjs calls runE2E().
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'node_modules', '.bin');

/** The system Chromium: CHROMIUM_PATH when set, else /usr/bin/chromium; null when missing. */
export function findChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolveCode(1);
    });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Writes public/data: the real ingest when scripts/ingest.ts exists (unless
 * BROADSHEET_E2E_DATA=standin), else the stand-in corpus.
 */
async function buildData() {
  const useIngest =
    process.env.BROADSHEET_E2E_DATA !== 'standin' && existsSync(join(ROOT, 'scripts/ingest.ts'));
  console.log(useIngest ? '• data: npm run ingest' : '• data: stand-in corpus');
  return useIngest
    ? run('npm', ['run', '--silent', 'ingest'])
    : run(join(BIN, 'tsx'), ['scripts/standin-data.ts']);
}

/** Runs the whole e2e stage; resolves with { passed, failed, skipped }. Never throws. */
export async function runE2E() {
  if (process.env.BROADSHEET_SKIP_E2E === '1') {
    console.log('• e2e SKIPPED because BROADSHEET_SKIP_E2E=1 is set');
    return { passed: 0, failed: 0, skipped: true };
  }
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      [
        `✗ e2e: no Chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}.`,
        '  Install it:   sudo apt-get install chromium   (Debian/Ubuntu)',
        '  or point CHROMIUM_PATH at a Chromium or Chrome binary,',
        '  or set BROADSHEET_SKIP_E2E=1 to skip the browser tests on purpose.',
      ].join('\n'),
    );
    return { passed: 0, failed: 1, skipped: false };
  }
  if ((await buildData()) !== 0) return fail('building the data failed');
  if ((await run(join(BIN, 'vite'), ['build', '--logLevel', 'warn'])) !== 0) {
    return fail('vite build failed');
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Start vite itself (not through npx) so the PID we hold is the server's.
  const server = spawn(
    join(BIN, 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stopServer = () => {
    if (server.exitCode === null && server.pid) process.kill(server.pid, 'SIGTERM');
  };
  process.once('exit', stopServer);
  const resultsDir = await mkdtemp(join(tmpdir(), 'broadsheet-e2e-'));
  const resultsFile = join(resultsDir, 'results.json');
  try {
    await waitForServer(baseUrl, server);
    console.log(`• e2e: app at ${baseUrl} (vite preview, pid ${server.pid}), Chromium ${chromium}`);
    const code = await run(join(BIN, 'tsx'), ['tests/e2e/runner.ts'], {
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_RESULTS: resultsFile,
        CHROMIUM_PATH: chromium,
      },
    });
    let results;
    try {
      results = JSON.parse(await readFile(resultsFile, 'utf8'));
    } catch {
      return fail(`the e2e runner exited with code ${code} before reporting results`);
    }
    return { passed: results.passed, failed: results.failed, skipped: false };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    stopServer();
    process.off('exit', stopServer);
    await rm(resultsDir, { recursive: true, force: true });
  }
}

function fail(message) {
  console.error(`✗ e2e: ${message}`);
  return { passed: 0, failed: 1, skipped: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { passed, failed } = await runE2E();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
