import assert from 'node:assert/strict';
import type { E2E } from '../harness';

const PHONE = { width: 390, height: 844 };

export async function onAPhoneTheFirstArticleIsInTheFirstScreen(e2e: E2E): Promise<void> {
  const page = await e2e.open('/', { viewport: PHONE });
  const first = page.locator('main article').first();
  await first.waitFor();
  const headline = await first.getByRole('heading', { level: 2 }).boundingBox();
  const card = await first.boundingBox();
  assert.ok(headline && card, 'the first card is laid out');
  assert.ok(
    headline.y >= 0 && headline.y + headline.height <= PHONE.height,
    `the first headline is in the first screen (top ${headline.y}, bottom ${headline.y + headline.height} of ${PHONE.height})`,
  );
  assert.ok(card.y < PHONE.height / 2, `the first card starts in the top half (at ${card.y})`);

  // One search box; the map and the chart are folded away until asked for.
  assert.equal(await page.getByRole('searchbox').count(), 1);
  const toggle = page.getByRole('button', { name: 'Map and topics' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(
    await page.locator('main [data-country]').count(),
    0,
    'no map is drawn while folded',
  );
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByRole('group', { name: /^Articles about each country/ }).waitFor();
  await page.locator('main svg [data-country]').first().waitFor();
  await page.getByText('Articles per topic').waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, 'the open map fits the screen');
  await e2e.expectNoAxeViolations(page, 'the feed at 390 px with the map open');
}
