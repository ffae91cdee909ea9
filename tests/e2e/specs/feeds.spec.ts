/**
 * Real news in (issue 13), end to end: `npm run ingest -- --feeds` against the local fixture web
 * (tests/feeds, 127.0.0.1 only) builds a corpus of its own, and the built app, reading that corpus,
 * opens a fetched article with its quotes highlighted, its outlet and a link to the original.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { opmlList } from '../../feeds/documents';
import { startFixtureServer, type Handler } from '../../feeds/fixtureServer';
import { COURIER, fixtureRoutes, LEDGER, PATHS } from '../../feeds/fixtureSite';
import type { E2E } from '../harness';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

function ingest(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

/** The id of the stored article whose file name starts with `prefix`. */
async function storedId(feedsDir: string, prefix: string): Promise<string> {
  for (const outlet of await readdir(feedsDir, { withFileTypes: true })) {
    if (!outlet.isDirectory()) continue;
    const file = (await readdir(join(feedsDir, outlet.name))).find((name) =>
      name.startsWith(prefix),
    );
    if (file) return file.replace(/\.json$/, '');
  }
  throw new Error(`no stored article starts with ${prefix}`);
}

export async function aCorpusBuiltFromLocalFeedsOpensWithQuotesHighlighted(e2e: E2E) {
  let routes = new Map<string, Handler>();
  const server = await startFixtureServer((path) => routes.get(path));
  routes = fixtureRoutes(server.origin);
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-e2e-feeds-'));
  const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl, serviceWorkers: 'block' });
  try {
    // The Atom and JSON feeds: six stories, a redirect, windows-1252, a page with no article
    // whose item holds the text, and one whose item holds only a summary (reported).
    const list = join(dir, 'feeds.opml');
    await writeFile(
      list,
      opmlList([
        { title: LEDGER, url: `${server.origin}${PATHS.atom}` },
        { title: COURIER, url: `${server.origin}${PATHS.json}` },
      ]),
    );
    const content = join(dir, 'content');
    const out = join(dir, 'data');
    const { code, output } = await ingest([
      '--feeds',
      list,
      '--content',
      content,
      '--out',
      out,
      '--cache',
      join(dir, 'cache'),
      '--contact',
      'mailto:tests@example.org',
      '--jobs',
      '1',
    ]);
    assert.equal(code, 0, `ingest --feeds exits 0 with a failure in the summary:\n${output}`);
    assert.match(output, /1 feed problem/);
    assert.match(output, /live-updates .*only a summary/);
    assert.match(output, /wrote .*: 6 articles/);

    // The built app reads this corpus instead of its own.
    const dataRoot = normalize(out);
    await context.route(`${e2e.baseUrl}/data/**`, async (route) => {
      const path = decodeURIComponent(
        new URL(route.request().url()).pathname.slice('/data/'.length),
      );
      const file = normalize(join(dataRoot, path));
      if (!file.startsWith(dataRoot + sep)) return route.fulfill({ status: 404 });
      try {
        await route.fulfill({ body: await readFile(file), contentType: 'application/json' });
      } catch {
        await route.fulfill({ status: 404 });
      }
    });
    const id = await storedId(join(content, 'feeds'), 'nakuru-opens-twelve-solar-water-kiosks');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/articles/${encodeURIComponent(id)}`);
    await page.locator('[data-highlighted-body]').waitFor();
    assert.match(
      (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
      /Nakuru opens twelve solar water kiosks/,
    );
    const quotes = page.locator(
      '[data-highlighted-body] [data-quote-id][data-speaker="Wanjiru Kamau"]',
    );
    assert.ok((await quotes.count()) >= 1, 'a quote of Wanjiru Kamau is highlighted');
    assert.ok(
      (await page.locator('[data-highlighted-body] [data-quote-id]').count()) >= 3,
      'the article’s quotes are highlighted',
    );
    assert.equal(
      await page.getByRole('link', { name: 'Read the original' }).getAttribute('href'),
      `${server.origin}${PATHS.kenya}`,
    );
    assert.ok(await page.getByText(LEDGER, { exact: false }).first().isVisible());
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
aCorpusBuiltFromLocalFeedsOpensWithQuotesHighlighted.timeoutMs = 240_000;
