import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { manifestSchema } from '../../../src/core/schema';
import type { E2E } from '../harness';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The busiest country of the corpus and how the map names its button. */
async function busiest(e2e: E2E): Promise<{ code: string; label: string }> {
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  const [top] = [...manifest.facets.countries].sort((a, b) => b.about - a.about);
  assert.ok(top && top.about > 1, 'the corpus has articles about some country');
  const name = top.name ?? regionNames.of(top.code) ?? top.code;
  return { code: top.code, label: `${name}, ${top.about} articles` };
}

/** Opens the wide feed and waits for the map's real shapes (they load after the first cards). */
async function openMap(e2e: E2E, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await e2e.open('/', { colorScheme, viewport: { width: 1280, height: 900 } });
  await page.locator('main article').first().waitFor();
  await page.locator('main svg path[data-country]').first().waitFor();
  return page;
}

export async function theMapIsAChoroplethOfRealShapesWithALegend(e2e: E2E): Promise<void> {
  const { code, label } = await busiest(e2e);
  const page = await openMap(e2e, 'light');
  const map = page.getByRole('group', { name: 'Articles about each country' });
  assert.ok((await map.locator('path').count()) > 150, 'one shape per country of Natural Earth');
  const country = map.getByRole('button', { name: label, exact: true });
  assert.equal(await country.getAttribute('data-country'), code);
  assert.equal(await country.getAttribute('aria-pressed'), 'false');
  // The busiest country has the darkest shade of the legend.
  assert.equal(await country.getAttribute('fill'), 'var(--accent)');
  await page.getByText('Select a country to filter.').waitFor();
  await e2e.expectNoAxeViolations(page, 'the feed with its map (light)');

  // Mentioned too: the caption and the counts follow.
  await page.getByRole('radio', { name: 'About or mentioning it' }).check();
  await page.waitForURL(/\?mentioned=1$/);
  await page.getByRole('group', { name: 'Articles about or mentioning each country' }).waitFor();
}

export async function theMapIsUsableFromTheKeyboardAndPassesAxeInTheDarkTheme(
  e2e: E2E,
): Promise<void> {
  const { code, label } = await busiest(e2e);
  const page = await openMap(e2e, 'dark');
  const country = page
    .getByRole('group', { name: 'Articles about each country' })
    .getByRole('button', { name: label, exact: true });
  await country.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`\\?country=${code}$`));
  await page.locator(`main svg [data-country="${code}"][aria-pressed="true"]`).first().waitFor();
  await e2e.expectNoAxeViolations(page, 'the filtered feed with its map (dark)');
  await page.locator(`main svg [data-country="${code}"]`).first().focus();
  await page.keyboard.press(' ');
  await page.waitForURL((url) => url.search === '');
}
