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
  serviceWorkerControl,
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
    await workers.send('ServiceWorker.stopAllWorkers');
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
  await first.waitFor();
  await first.getByRole('link').first().click();
  await page.waitForURL(/\/articles\//);
  await page.locator('[data-highlighted-body]').waitFor();
  const article = new URL(page.url()).pathname;
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.locator('main a[href^="/entities/"]').first().click();
  await page.waitForURL(/\/entities\//);
  const entityHeading = page.getByRole('heading', { level: 1 });
  await entityHeading.waitFor();
  const entity = new URL(page.url()).pathname;
  const name = (await entityHeading.textContent()) ?? '';
  assert.ok(
    await page.evaluate(() => navigator.serviceWorker.controller === null),
    'the first visit is not controlled by the service worker',
  );
  await waitForServiceWorker(page);
  await waitForCopiesOfWhatThePageRead(page);

  const workers = await serviceWorkerControl(page);
  await page.context().setOffline(true);
  await workers.send('ServiceWorker.stopAllWorkers');
  await page.goto(article);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('[data-highlighted-body]').waitFor();
  await workers.send('ServiceWorker.stopAllWorkers');
  await page.goto(entity);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
}
