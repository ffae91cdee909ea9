import assert from 'node:assert/strict';
import type { E2E } from '../harness';

export async function unknownAddressShowsNotFoundWithAWayHome(e2e: E2E): Promise<void> {
  const page = await e2e.open('/no/such/page');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Back to the front page' }).click();
  await page.locator('main article').first().waitFor();
}

export async function malformedArticleFileShowsWhichFieldFailed(e2e: E2E): Promise<void> {
  const page = await e2e.open('/');
  // Serve every article file with an empty source name: the reader must say which field failed.
  await page.route(/\/data\/articles\/.*\.json$/, async (route) => {
    const response = await route.fetch();
    const article = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...article, source: { name: '' } } });
  });
  await page.locator('main article').first().getByRole('link').first().click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  assert.match(text, /Could not load this article/);
  assert.match(text, /\/data\/articles\/.+\.json: source\.name: /);
  // The header survives: one broken page never blanks the app.
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByRole('link', { name: 'Back to the front page' }).waitFor();
}

export async function searchBoxFiltersTheFeedThroughTheUrl(e2e: E2E): Promise<void> {
  const page = await e2e.open('/about');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('zzzz-no-such-word');
  await box.press('Enter');
  await page.waitForURL(/\?q=zzzz-no-such-word$/);
  await page.getByText('No articles match this search.').waitFor();
}

export async function darkThemeIsRememberedAndPassesAxe(e2e: E2E): Promise<void> {
  const page = await e2e.open('/', { colorScheme: 'light' });
  await page.locator('main article').first().waitFor();
  const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
  assert.equal(await isDark(), false);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  assert.equal(await isDark(), true);
  await page.reload();
  await page.locator('main article').first().waitFor();
  assert.equal(await isDark(), true, 'the choice survives a reload');
  await e2e.expectNoAxeViolations(page, 'the feed in the dark theme');
}

export async function followsTheSystemDarkThemeByDefault(e2e: E2E): Promise<void> {
  const page = await e2e.open('/about', { colorScheme: 'dark' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(
    await page.evaluate(() => document.documentElement.classList.contains('dark')),
    true,
  );
  await e2e.expectNoAxeViolations(page, 'the about page in the dark theme');
}
