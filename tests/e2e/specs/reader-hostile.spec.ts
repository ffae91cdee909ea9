import assert from 'node:assert/strict';
import { SCHEMA_VERSION, type AnnotatedArticle } from '../../../src/core/schema';
import { articleLookupPath } from '../../../src/core/corpus/paths';
import type { E2E } from '../harness';

const ID = 'hostile-fixture';
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const STEAL = '<svg onload="window.__pwned=1">';

/** An article whose text is written to be run if anything ever renders it as HTML. */
function hostileArticle(): AnnotatedArticle {
  const first = `The council said ${SCRIPT} would be fixed.`;
  const second = `"Nothing ran here ${IMG}," Mara Quill said. ${STEAL} ends it.`;
  const body = `${first}\n\n${second}`;
  const at = (part: string) => {
    const start = body.indexOf(part);
    return { start, end: start + part.length };
  };
  const quote = at(`"Nothing ran here ${IMG},"`);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: ID,
    title: `Hostile ${SCRIPT} headline ${IMG}`,
    body,
    published: '2026-05-01',
    source: { name: `Outlet ${IMG}` },
    byline: `By ${SCRIPT}`,
    quotes: [
      { id: 'q1', ...quote, kind: 'direct', speaker: { name: 'Mara Quill', entityId: 'mara' } },
    ],
    entities: [
      {
        id: 'mara',
        name: 'Mara Quill',
        type: 'person',
        aliases: [IMG],
        mentions: [at('Mara Quill')],
      },
      { id: 'script', name: SCRIPT, type: 'organization', aliases: [], mentions: [at(SCRIPT)] },
    ],
    countries: [],
    topics: [],
  };
}

export async function hostileArticleTextRendersLiterallyAndRunsNothing(e2e: E2E): Promise<void> {
  const page = await e2e.open('/about');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const article = hostileArticle();
  const file = `articles/zz/${ID}.json`;
  // On the context, not the page: once the service worker controls the page (the next
  // navigation may be controlled), it is the worker that fetches data files (sw-runtime.js), and
  // only the context's routes see a worker's requests.
  const context = page.context();
  await context.route(`**/data/${articleLookupPath(ID)}`, (route) =>
    route.fulfill({ json: { schemaVersion: SCHEMA_VERSION, files: { [ID]: file } } }),
  );
  await context.route(`**/data/${file}`, (route) => route.fulfill({ json: article }));

  await page.goto(`/articles/${ID}`);
  await page.locator('[data-highlighted-body]').waitFor();
  await page
    .getByRole('heading', { level: 1, name: `Hostile ${SCRIPT} headline ${IMG}` })
    .waitFor();

  // The markup is text: exactly the body, and no element that came from it.
  const text = await page
    .locator('[data-highlighted-body] > p')
    .evaluateAll((ps) => ps.map((p) => p.textContent ?? '').join(''));
  assert.equal(text, article.body.replace(/\n+/g, ''));
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('main script').length,
    images: document.querySelectorAll('main img').length,
    svgHandlers: document.querySelectorAll('main svg[onload]').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
  }));
  assert.deepEqual(injected, { scripts: 0, images: 0, svgHandlers: 0, pwned: 0 });

  // The quote and the entity cards show the hostile strings as text too.
  await page.locator('mark[data-quote-id="q1"]').click();
  await page.locator('[data-highlight-card="quote"]').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mara Quill (Person)' }).click();
  await page.locator('[data-highlight-card="entity"]').getByText(IMG).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no alert() ran');
}
