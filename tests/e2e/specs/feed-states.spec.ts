import assert from 'node:assert/strict';
import type { E2E } from '../harness';

export async function aFailedShardShowsAnErrorWithRetryAndTheRestWorks(e2e: E2E): Promise<void> {
  const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl });
  try {
    const page = await context.newPage();
    // Every shard request fails until the reader asks again.
    let serverRecovered = false;
    await page.route(/\/data\/index\/.+\.json$/, async (route) => {
      if (serverRecovered) await route.continue();
      else await route.fulfill({ status: 503, body: 'unavailable' });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /could not be loaded/);
    // The rest of the page keeps working: the search box and the filters are there.
    await page.getByRole('searchbox', { name: 'Search titles, text and speakers' }).waitFor();
    serverRecovered = true;
    await page.getByRole('button', { name: 'Try again' }).click();
    // The first cards come with the manifest; the failed page arrives now and the alert goes.
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await page.locator('main article').first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
  } finally {
    await context.close();
  }
}

export async function keyboardMovesBetweenCardsAndOpensOne(e2e: E2E): Promise<void> {
  const page = await e2e.open('/');
  await page.locator('main article').first().waitFor();
  // The shortcuts are a chunk loaded beside the list: wait until everything has arrived.
  await page.waitForLoadState('networkidle');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const focused = page.locator('main article:focus');
  await focused.waitFor();
  const id = await focused.getAttribute('data-article-id');
  assert.equal(id, await page.locator('main article').first().getAttribute('data-article-id'));
  const title = (await focused.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await page.keyboard.press('o');
  await page.waitForURL(new RegExp(`/articles/${encodeURIComponent(id ?? '')}`));
  // Let the reader settle (it may write its own parameters into the URL) before going back.
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('list', { name: 'Articles', exact: true }).waitFor();

  // / focuses the search; ? lists the shortcuts, where they can be switched off.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('id')),
    'feed-search',
  );
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  await e2e.expectNoAxeViolations(page, 'the shortcuts dialog');
  await dialog.getByRole('switch', { name: 'Single-key shortcuts on' }).uncheck();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  assert.equal(await page.locator('main article:focus').count(), 0, 'shortcuts are off');
}

export async function theFeedPassesAxeInTheLightTheme(e2e: E2E): Promise<void> {
  const page = await e2e.open('/', {
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
  });
  await page.locator('main article').first().waitFor();
  await e2e.expectNoAxeViolations(page, 'the feed (light)');
}

export async function theFilteredFeedPassesAxeInTheDarkTheme(e2e: E2E): Promise<void> {
  // Chips, marked words, selected map tiles and disabled values all on show.
  const page = await e2e.open('/?q=the&sort=quoted&mentioned=1', {
    colorScheme: 'dark',
    viewport: { width: 1280, height: 900 },
  });
  await page.locator('main article mark').first().waitFor();
  await page.getByRole('group', { name: 'Country' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: /^Remove filter Country/ }).waitFor();
  await e2e.expectNoAxeViolations(page, 'the filtered feed (dark)');
}

export async function onAPhoneTheFiltersOpenInADrawer(e2e: E2E): Promise<void> {
  const page = await e2e.open('/', { viewport: { width: 320, height: 720 } });
  await page.locator('main article').first().waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, 'nothing is wider than a 320 px screen');
  await page.getByRole('button', { name: /^Filters/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await drawer.waitFor();
  await drawer.getByRole('group', { name: 'Country' }).getByRole('checkbox').nth(1).check();
  await page.waitForURL(/\?country=[A-Z]{2}$/);
  await e2e.expectNoAxeViolations(page, 'the filter drawer at 320 px');
  await drawer.getByRole('button', { name: /^Show \d+ articles?$/ }).click();
  await drawer.waitFor({ state: 'hidden' });
  await e2e.expectNoAxeViolations(page, 'the feed at 320 px');
}
