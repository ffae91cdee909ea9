/**
 * The JavaScript budget of the front page (issue 5: at most 130 KB gzip, and the language engine,
 * compromise, in none of it), checked on the production build the e2e stage serves.
 *
 * "Initial JavaScript" is what must run before the first cards can show: the entry script with
 * everything it imports, and the feed route's chunk with everything it imports (the router
 * awaits it before rendering). It is read from Vite's build manifest, so the figure does not
 * depend on network timing. Chunks the page loads later without waiting for them (the map and
 * topic chart, the shortcuts help, the imported-articles store, the search index) are not
 * initial; the browser half of the test loads `/`, collects every script it fetched until the
 * network was idle, checks that none contains compromise and that every initial chunk was among
 * them, and prints that total too, under its own ceiling.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { E2E } from '../harness';

const TARGET_BYTES = 130 * 1024;
/**
 * Everything `/` fetches by the time the network is idle, deferred chunks included: 150 KB until
 * issue 14 added the choropleth, whose d3-geo and topojson code (about 10 KB) a wide screen loads
 * once the first cards are shown.
 */
const LOADED_CEILING_BYTES = 160 * 1024;
/** Strings only compromise's own code contains (its tagger warning and one of its rule names). */
const COMPROMISE_MARKERS = ['compromise: Invalid tag', 'compromises-are-possible'];
const DIST = new URL('../../../dist/', import.meta.url);
const FEED_ROUTE = 'src/features/feed/FeedPage.tsx';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** The files of `keys` and of everything they import statically, transitively. */
function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    assert.ok(chunk, `the build manifest has no chunk "${key}"`);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

function table(sizes: { file: string; gzip: number }[]): string {
  return [...sizes]
    .sort((a, b) => b.gzip - a.gzip)
    .map(({ file, gzip }) => `      ${kb(gzip).padStart(9)}  ${file}`)
    .join('\n');
}

export async function initialJavaScriptForTheFrontPageIsWithinBudgetWithoutCompromise(
  e2e: E2E,
): Promise<void> {
  // The markers must still be in compromise's own build, or the check below would prove nothing.
  const engine = readFileSync(
    new URL('../../../node_modules/compromise/builds/compromise.js', import.meta.url),
    'utf8',
  );
  for (const marker of COMPROMISE_MARKERS) {
    assert.ok(engine.includes(marker), `compromise's build no longer contains "${marker}"`);
  }

  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', DIST), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  assert.ok(entry, 'the build manifest names no entry');
  const initial = [...staticClosure(manifest, [entry, FEED_ROUTE])].map((file) => ({
    file: `/${file}`,
    gzip: gzipSize(readFileSync(new URL(file, DIST))),
  }));
  const initialTotal = initial.reduce((sum, { gzip }) => sum + gzip, 0);

  const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl });
  try {
    const page = await context.newPage();
    const scripts = new Map<string, Promise<Buffer | null>>();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(
        new URL(response.url()).pathname,
        response.body().catch(() => null),
      );
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.locator('main article').first().waitFor();

    const loaded: { file: string; gzip: number }[] = [];
    for (const [file, pending] of scripts) {
      const body = await pending;
      assert.ok(body, `could not read ${file}`);
      const text = body.toString('utf8');
      for (const marker of COMPROMISE_MARKERS) {
        assert.ok(!text.includes(marker), `${file} contains compromise ("${marker}")`);
      }
      loaded.push({ file, gzip: gzipSize(body) });
    }
    const loadedTotal = loaded.reduce((sum, { gzip }) => sum + gzip, 0);
    for (const { file } of initial) {
      assert.ok(scripts.has(file), `${file} is initial by the manifest but / never loaded it`);
    }

    console.log(
      [
        `    initial JS for / : ${kb(initialTotal)} gzip in ${initial.length} files (target ${kb(TARGET_BYTES)})`,
        table(initial),
        `    all JS / loaded until the network was idle: ${kb(loadedTotal)} gzip in ${loaded.length} files (ceiling ${kb(LOADED_CEILING_BYTES)})`,
        table(loaded.filter(({ file }) => !initial.some((chunk) => chunk.file === file))),
      ].join('\n'),
    );
    assert.ok(
      initialTotal <= TARGET_BYTES,
      `initial JS for / is ${kb(initialTotal)} gzip, over ${kb(TARGET_BYTES)}:\n${table(initial)}`,
    );
    assert.ok(
      loadedTotal <= LOADED_CEILING_BYTES,
      `/ loaded ${kb(loadedTotal)} gzip of JavaScript, over ${kb(LOADED_CEILING_BYTES)}:\n${table(loaded)}`,
    );
  } finally {
    await context.close();
  }
}
