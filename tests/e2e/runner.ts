/**
 * Runs every exported async function of tests/e2e/specs/*.spec.ts as one test, against the app at
 * E2E_BASE_URL, in the Chromium at CHROMIUM_PATH. Started by tests/e2e/run.mjs (which builds and
 * serves the app); writes { passed, failed, tests } to E2E_RESULTS.
 * Optional: E2E_GREP=<text> runs only tests whose "spec › name" contains the text.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium';
import { createE2E, type E2E } from './harness';

const TEST_TIMEOUT_MS = 45_000;
const here = fileURLToPath(new URL('.', import.meta.url));

/** A test may set `timeoutMs` on its function when it does more than drive the browser. */
type TestFn = ((e2e: E2E) => Promise<void>) & { timeoutMs?: number };
interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (start the e2e tests with tests/e2e/run.mjs)`);
  return value;
}

async function loadTests(): Promise<{ name: string; fn: TestFn }[]> {
  const specDir = join(here, 'specs');
  const files = (await readdir(specDir)).filter((file) => file.endsWith('.spec.ts')).sort();
  const tests: { name: string; fn: TestFn }[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(specDir, file)).href)) as Record<
      string,
      unknown
    >;
    for (const [exportName, value] of Object.entries(module)) {
      if (typeof value === 'function') {
        tests.push({
          name: `${file.replace(/\.spec\.ts$/, '')} › ${exportName}`,
          fn: value as TestFn,
        });
      }
    }
  }
  const grep = process.env.E2E_GREP;
  return grep ? tests.filter((test) => test.name.includes(grep)) : tests;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<void> {
  const baseUrl = env('E2E_BASE_URL').replace(/\/$/, '');
  const resultsFile = env('E2E_RESULTS');
  const artifacts = resolve(here, '../../.cache/e2e-failures');
  const tests = await loadTests();
  const browser = await chromium.launch({
    executablePath: env('CHROMIUM_PATH'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results: TestResult[] = [];
  try {
    for (const test of tests) {
      const pageErrors: string[] = [];
      const { e2e, close } = createE2E(baseUrl, browser, pageErrors);
      // Remember the last page opened, to screenshot it if the test fails.
      let lastPage: Page | undefined;
      const open = e2e.open;
      e2e.open = async (path, options) => (lastPage = await open(path, options));
      const started = Date.now();
      let error: string | undefined;
      try {
        await withTimeout(test.fn(e2e), test.fn.timeoutMs ?? TEST_TIMEOUT_MS);
        if (pageErrors.length > 0)
          throw new Error(`uncaught errors in the page:\n${pageErrors.join('\n')}`);
      } catch (caught) {
        error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
        if (lastPage) {
          await mkdir(artifacts, { recursive: true });
          const shot = join(artifacts, `${test.name.replace(/[^\w-]+/g, '_')}.png`);
          await lastPage.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
          error += `\n  (screenshot: ${shot})`;
        }
      } finally {
        await close();
      }
      const ms = Date.now() - started;
      results.push({ name: test.name, ok: !error, ms, ...(error ? { error } : {}) });
      console.log(
        error ? `  ✗ ${test.name} (${ms} ms)\n${indent(error)}` : `  ✓ ${test.name} (${ms} ms)`,
      );
    }
  } finally {
    await browser.close();
  }
  const passed = results.filter((r) => r.ok).length;
  await writeFile(
    resultsFile,
    JSON.stringify({ passed, failed: results.length - passed, tests: results }),
  );
}

const indent = (text: string) => text.replace(/^/gm, '      ');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
