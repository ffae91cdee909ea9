/**
 * Offline by address, with the network switched off: the front page shows its cards on every
 * reload, and an article and an entity page read during a reader's very first visit (a page the
 * service worker does not control) open again by their addresses.
 *
 * Before each offline load the service worker is stopped, as a browser stops an idle one, so the
 * load starts a fresh worker. Stopped through DevTools' ServiceWorker domain, which stays
 * enabled: a worker started then reports navigator.onLine true with the network off (as on a
 * network that only looks connected), which is how the front page once showed no cards offline.
 */
import assert from 'node:assert/strict';
import type { E2E } from '../harness';
import {
  describePage,
  serviceWorkerControl,
  step,
  waitForCopiesOfWhatThePageRead,
  waitForServiceWorker,
} from './offlineHelpers';

export async function frontPageShowsItsCardsOnEveryOfflineReload(e2e: E2E): Promise<void> {
  const page = await e2e.open('/');
  await page.locator('main article').first().waitFor();
  const cards = await page.locator('main article').count();
  await waitForServiceWorker(page);
  const workers = await serviceWorkerControl(page);
  await page.context().setOffline(true);
  for (let reload = 1; reload <= 5; reload++) {
    await step(page, 'stopping the service worker', () => workers.stop(), 10_000, workers);
    await page.reload();
    await page.locator('main article').first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, `an error on offline reload ${reload}`);
    assert.equal(await page.locator('main article').count(), cards, `reload ${reload}`);
  }
}

export async function anArticleAndAnEntityPageReadOnTheFirstVisitOpenOfflineByAddress(
  e2e: E2E,
): Promise<void> {
  // The first visit: the page that installs the service worker, which does not control it.
  const page = await e2e.open('/');
  const first = page.locator('main article').first();
  await step(page, 'the front page shows a card', () => first.waitFor());
  await first.getByRole('link').first().click();
  await step(page, 'an article opens from its card', async () => {
    await page.waitForURL(/\/articles\//);
    await page.locator('[data-highlighted-body]').waitFor();
  });
  const article = new URL(page.url()).pathname;
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  // The router changes the address before it renders the entity page: until its own section is
  // there, the h1 is still the article's title (read as the name, it failed the offline check).
  await step(page, 'an entity page opens from the article', async () => {
    await page.locator('main a[href^="/entities/"]').first().click();
    await page.waitForURL(/\/entities\//);
    await page.locator('#mentions-heading').waitFor();
  });
  const entity = new URL(page.url()).pathname;
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  assert.notEqual(name, heading, "the entity page's h1 was read, not the article's");
  assert.ok(
    await page.evaluate(() => navigator.serviceWorker.controller === null),
    'the first visit is not controlled by the service worker',
  );
  await step(page, 'the service worker installs', () => waitForServiceWorker(page));
  await step(page, 'copies of what the first visit read', () =>
    waitForCopiesOfWhatThePageRead(page),
  );

  const workers = await step(page, 'DevTools for service workers', () =>
    serviceWorkerControl(page),
  );
  await page.context().setOffline(true);
  await step(page, 'stopping the service worker', () => workers.stop(), 10_000, workers);
  await step(
    page,
    `the article ${article} offline`,
    async () => {
      await page.goto(article);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('[data-highlighted-body]').waitFor();
    },
    30_000,
    workers,
  );
  await step(page, 'stopping the service worker', () => workers.stop(), 10_000, workers);
  await step(
    page,
    `the entity page ${entity} offline`,
    async () => {
      await page.goto(entity);
      await page.getByRole('heading', { level: 1, name }).waitFor();
    },
    30_000,
    workers,
  );
  assert.equal(await page.getByRole('alert').count(), 0, await describePage(page));
}
