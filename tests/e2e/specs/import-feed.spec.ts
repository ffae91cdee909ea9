import assert from 'node:assert/strict';
import type { E2E } from '../harness';
import { FERRY_ARTICLE, waitForImported } from './importHelpers';

/** An imported article joins the feed under "My articles", in facets and in search. */
export async function importedArticleAppearsInTheFeedUnderMyArticles(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  await page.getByLabel('Article text').fill(FERRY_ARTICLE);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await waitForImported(page);

  // Filtering by the source "My articles" (as a shared link would) lists exactly the import.
  await page.goto('/?source=my-articles');
  const cards = page.locator('main article');
  await cards.filter({ hasText: 'Harbour town adds late ferries' }).first().waitFor();
  assert.equal(await cards.count(), 1, 'only the imported article is listed under My articles');
  const mine = page.getByRole('checkbox', { name: /My articles/ });
  assert.ok(await mine.first().isChecked(), 'the My articles source is shown as selected');

  // Search finds it among the corpus too.
  await page.goto('/?q=ferries');
  await page
    .locator('main article')
    .filter({ hasText: 'Harbour town adds late ferries' })
    .first()
    .waitFor();
  await e2e.expectNoAxeViolations(page, 'the feed with an imported article');
}
