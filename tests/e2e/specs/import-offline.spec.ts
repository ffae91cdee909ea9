import assert from 'node:assert/strict';
import type { E2E } from '../harness';
import { wordOnlyInOneBody } from './feedHelpers';
import { FERRY_ARTICLE, quoteSpeakers, waitForImported } from './importHelpers';
import { step, waitForCopiesOfWhatThePageRead, waitForServiceWorker } from './offlineHelpers';

export async function importedArticleAndTheFeedOpenOffline(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  // The service worker installs on the first visit and controls the pages loaded after it.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByLabel('Article text').fill(FERRY_ARTICLE);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await waitForImported(page);
  await page.getByRole('link', { name: /Read it with highlights/ }).click();
  await page.locator('mark.hl-quote').first().waitFor();
  await page.reload();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));

  await page.context().setOffline(true);
  await page.reload();
  const speakers = Object.values(await quoteSpeakers(page));
  assert.ok(speakers.includes('Ruth Okonedo') && speakers.includes('Daniel Brierley'));

  // The front page (app shell, data manifest, index shard) is there offline too, and so is search
  // over whole texts (the search files were copied when the worker installed).
  await page.goto('/');
  await page.locator('main article').first().waitFor();
  const { word, title } = await wordOnlyInOneBody(e2e);
  await page.goto(`/?q=${encodeURIComponent(word)}`);
  await page
    .getByRole('status')
    .filter({ hasText: /^1 article matches/ })
    .waitFor();
  assert.equal(await page.locator('main article h2').first().textContent(), title);
  await page.goto('/import');
  await page.locator('[data-imported-id]').first().waitFor();

  // Importing works offline too: the engine's worker script is part of the app shell.
  await page.getByLabel('Article text').fill(FERRY_ARTICLE.replace('Harbour town', 'Offline town'));
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  assert.match(await waitForImported(page), /Offline town adds late ferries/);
}

export async function anArticleReadOnlineOpensOfflineLater(e2e: E2E): Promise<void> {
  const page = await e2e.open('/');
  await step(page, 'the service worker installs', () => waitForServiceWorker(page));
  const first = page.locator('main article').first();
  await step(page, 'the front page, controlled by the worker, shows a card', async () => {
    await page.reload();
    await first.waitFor();
  });
  await first.getByRole('link').first().click();
  await step(page, 'an article opens from its card', async () => {
    await page.waitForURL(/\/articles\//);
    await page.locator('[data-highlighted-body]').waitFor();
  });
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  // The service worker keeps its copy beside the page's own request: wait until it is there.
  await step(page, 'copies of what the page read', () => waitForCopiesOfWhatThePageRead(page));

  await page.context().setOffline(true);
  await step(page, 'the article offline', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('[data-highlighted-body]').waitFor();
  });
}
