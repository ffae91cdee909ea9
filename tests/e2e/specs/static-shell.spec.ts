/**
 * index.html paints the page's frame (masthead, navigation) before the scripts arrive, and
 * React's first render replaces it. The two must match, or the page would jump when React takes
 * over: the frame without JavaScript is compared with the page the app renders, at a phone's
 * width and a wide screen's.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { E2E } from '../harness';

/** Where the frame's parts are on the page (rounded to a tenth of a pixel). */
async function frameBoxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const header = document.querySelector('#root header');
    const parts: Record<string, Element | null | undefined> = {
      header,
      'date and theme row': header?.firstElementChild,
      masthead: header?.querySelector('p'),
      navigation: header?.querySelector('nav'),
      'navigation row': header?.querySelector('nav')?.parentElement,
    };
    for (const link of header?.querySelectorAll('nav a') ?? [])
      parts[`link ${link.textContent ?? ''}`] = link;
    const boxes: Record<string, number[]> = {};
    for (const [name, element] of Object.entries(parts)) {
      const box = element?.getBoundingClientRect();
      if (box)
        boxes[name] = [box.x, box.y, box.width, box.height].map((n) => Math.round(n * 10) / 10);
    }
    return boxes;
  });
}

async function compareAt(e2e: E2E, width: number, height: number): Promise<void> {
  const viewport = { width, height };
  const still = await e2e.open('/', { viewport, javaScriptEnabled: false });
  await still.locator('[data-static-shell] nav').waitFor();
  const withoutScripts = await frameBoxes(still);
  const live = await e2e.open('/', { viewport });
  await live.locator('main article').first().waitFor();
  await live
    .getByRole('link', { name: 'Latest' })
    .and(live.locator('[aria-current=page]'))
    .waitFor();
  assert.equal(await live.locator('[data-static-shell]').count(), 0, 'React replaced the frame');
  const rendered = await frameBoxes(live);
  assert.ok(Object.keys(withoutScripts).length >= 8, 'the static frame has every part');
  assert.deepEqual(withoutScripts, rendered, `the frame at ${width} px matches the app's`);
}

export async function theFramePaintedBeforeTheScriptsMatchesTheAppsHeader(e2e: E2E): Promise<void> {
  await compareAt(e2e, 390, 844);
  await compareAt(e2e, 1280, 900);
}
