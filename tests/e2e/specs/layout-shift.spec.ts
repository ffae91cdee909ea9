/**
 * Layout shift as Lighthouse's mobile run sees it (a 412 x 823 phone screen, CPU 4x slower):
 * the front page, an article and a person's page must not move under the reader's eyes as
 * their code, data and fonts arrive (cumulative layout shift <= 0.05, issue 14). The sum of
 * every shift is checked, which is never less than Lighthouse's windowed CLS.
 */
import assert from 'node:assert/strict';
import { pagePath } from '../../../src/core/corpus/paths';
import { indexShardSchema, manifestSchema } from '../../../src/core/schema';
import type { E2E } from '../harness';

const LIMIT = 0.05;

async function shiftOf(e2e: E2E, path: string, ready: string): Promise<number> {
  const context = await e2e.browser.newContext({
    baseURL: e2e.baseUrl,
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    // Late arrivals (lazy parts, idle-time loads) have had their chance to move things.
    await page.waitForTimeout(1500);
    return await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
    );
  } finally {
    await context.close();
  }
}

export async function theFrontPageAReaderAndAPersonPageDoNotShiftAsTheyLoad(
  e2e: E2E,
): Promise<void> {
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  const page = indexShardSchema.parse(await e2e.data(pagePath(manifest.pages, 0)));
  const [article] = [...page.records].sort((a, b) => b.quoteCount - a.quoteCount);
  const person = manifest.facets.people[0];
  assert.ok(article && person, 'the corpus has an article and a quoted person');
  const pages: [string, string, string][] = [
    ['the front page', '/', 'main article'],
    ['the reader', `/articles/${encodeURIComponent(article.id)}`, '[data-highlighted-body]'],
    ['a person page', `/entities/${encodeURIComponent(person.id)}`, 'main h1'],
  ];
  for (const [label, path, ready] of pages) {
    const shift = await shiftOf(e2e, path, ready);
    assert.ok(shift <= LIMIT, `${label} shifts by ${shift.toFixed(3)}, over ${LIMIT}`);
  }
}
