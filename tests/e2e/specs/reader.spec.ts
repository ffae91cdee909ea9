import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  annotatedArticleSchema,
  articleLookupSchema,
  indexShardSchema,
  manifestSchema,
  type AnnotatedArticle,
} from '../../../src/core/schema';
import { articleLookupPath } from '../../../src/core/corpus/paths';
import { pagePath } from '../../../src/core/corpus/paths';
import type { E2E } from '../harness';

/** The corpus article with the most quotes (so every part of the reader has something to show). */
async function richestArticle(e2e: E2E): Promise<AnnotatedArticle> {
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  assert.ok(manifest.pages.count > 0, 'the corpus has an index page');
  const shard = indexShardSchema.parse(await e2e.data(pagePath(manifest.pages, 0)));
  const record = [...shard.records].sort((a, b) => b.quoteCount - a.quoteCount)[0];
  assert.ok(record && record.quoteCount > 1, 'some article has quotes');
  const lookup = articleLookupSchema.parse(await e2e.data(articleLookupPath(record.id)));
  const file = lookup.files[record.id];
  assert.ok(file, `the lookup names a file for ${record.id}`);
  return annotatedArticleSchema.parse(await e2e.data(file));
}

async function openArticle(e2e: E2E, article: AnnotatedArticle, query = '', options = {}) {
  const page = await e2e.open(`/articles/${encodeURIComponent(article.id)}${query}`, options);
  await page.locator('[data-highlighted-body]').waitFor();
  return page;
}

/** Waits until the quote is focused and on screen (smooth scrolling may take a moment). */
async function expectLandedOn(page: Page, quoteId: string) {
  await page.waitForFunction((id) => {
    const element = document.activeElement;
    if (element?.getAttribute('data-quote-id') !== id) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  }, quoteId);
}

const count = (page: Page, selector: string) =>
  page.locator(`[data-highlighted-body] ${selector}`).count();

/** The body re-renders just after the URL changes: wait (up to 10 s) until none match. */
async function waitForNone(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (css) => document.querySelectorAll(`[data-highlighted-body] ${css}`).length === 0,
    selector,
    { timeout: 10_000 },
  );
}

export async function quotesAndEntitiesCarryTheirDataAttributes(e2e: E2E): Promise<void> {
  const article = await richestArticle(e2e);
  const page = await openArticle(e2e, article);
  await page.getByRole('heading', { level: 1, name: article.title }).waitFor();

  const quotes = await page
    .locator('[data-highlighted-body] mark[data-quote-id]')
    .evaluateAll((marks) =>
      marks.map((mark) => ({
        id: mark.getAttribute('data-quote-id'),
        kind: mark.getAttribute('data-kind'),
        speaker: mark.getAttribute('data-speaker'),
      })),
    );
  assert.ok(quotes.length > 0, 'quotes are highlighted');
  for (const quote of quotes) {
    assert.ok(['direct', 'mixed', 'indirect'].includes(quote.kind ?? ''), `kind of ${quote.id}`);
    assert.notEqual(quote.speaker, null, `data-speaker is present on ${quote.id}`);
  }
  const named = article.quotes.find((quote) => quote.speaker);
  assert.ok(named?.speaker, 'some quote has a speaker');
  const mark = page.locator(`mark[data-quote-id="${named.id}"]`).first();
  assert.ok(((await mark.getAttribute('data-speaker')) ?? '').length > 0);

  const types = await page
    .locator('[data-highlighted-body] [data-entity-id]')
    .evaluateAll((spans) => spans.map((span) => span.getAttribute('data-entity-type')));
  assert.ok(types.length > 0, 'entities are highlighted');
  for (const type of types) assert.ok(['person', 'organization', 'location'].includes(type ?? ''));

  // Highlighting never adds, drops or reorders characters (paragraph breaks aside).
  const rendered = await page
    .locator('[data-highlighted-body] > p')
    .evaluateAll((ps) => ps.map((p) => p.textContent ?? '').join(''));
  assert.equal(rendered, article.body.replace(/[\r\n]+/g, ''));
}

export async function layersSwitchOffAndOnThroughTheUrlAndAcrossVisits(e2e: E2E): Promise<void> {
  const article = await richestArticle(e2e);
  const page = await openArticle(e2e, article);
  assert.ok((await count(page, '[data-entity-type="person"]')) > 0);
  await page.getByRole('switch', { name: /People/ }).click();
  await page.waitForURL(/layers=quotes,organization,location/);
  await waitForNone(page, '[data-entity-type="person"]');
  assert.equal(await count(page, '[data-entity-type="person"]'), 0);
  await page.getByRole('switch', { name: /Quotes/ }).click();
  await page.waitForURL(/layers=organization,location/);
  await waitForNone(page, '[data-quote-id]');
  assert.equal(await count(page, '[data-quote-id]'), 0);

  // A later visit without ?layers= keeps the choice.
  await page.goto(`/articles/${encodeURIComponent(article.id)}`);
  await page.waitForURL(/layers=organization,location/);
  await page.locator('[data-highlighted-body]').waitFor();
  await waitForNone(page, '[data-quote-id]');
  assert.equal(await count(page, '[data-quote-id]'), 0);

  await page.getByRole('switch', { name: /Quotes/ }).click();
  await page.waitForURL(/layers=quotes,organization,location/);
  await page.getByRole('switch', { name: /People/ }).click();
  await page.waitForURL(/layers=quotes,person,organization,location/);
  // The URL changes before the body re-renders: wait for the highlights to come back.
  await page.locator('[data-highlighted-body] [data-quote-id]').first().waitFor();
  await page.locator('[data-highlighted-body] [data-entity-type="person"]').first().waitFor();
  assert.ok((await count(page, '[data-quote-id]')) > 0);
  assert.ok((await count(page, '[data-entity-type="person"]')) > 0);
}

export async function aQuoteChosenInThePanelIsScrolledToAndFocused(e2e: E2E): Promise<void> {
  const article = await richestArticle(e2e);
  const page = await openArticle(e2e, article, '', { viewport: { width: 1280, height: 800 } });
  const panel = page.getByRole('complementary', { name: 'Who said what' });
  const last = panel.locator('[data-panel-quote-id]').last();
  const id = await last.getAttribute('data-panel-quote-id');
  assert.ok(id);
  await last.click();
  await expectLandedOn(page, id);
  const mark = page.locator(`[data-highlighted-body] mark[data-quote-id="${id}"]`).first();
  assert.equal(await mark.getAttribute('aria-current'), 'true');
}

export async function hoveringAQuoteNamesItsSpeakerWithALink(e2e: E2E): Promise<void> {
  const article = await richestArticle(e2e);
  const named = article.quotes.find((quote) => quote.speaker);
  assert.ok(named?.speaker);
  const page = await openArticle(e2e, article);
  await page.locator(`mark[data-quote-id="${named.id}"]`).first().hover();
  const card = page.locator('[data-highlight-card="quote"]');
  await card.waitFor();
  const link = card.getByRole('link', { name: /^All quotes by / });
  assert.equal(
    await link.getAttribute('href'),
    `/entities/${encodeURIComponent(named.speaker.entityId)}`,
  );
  await page.keyboard.press('Escape');
}

export async function linkedQuoteOpensScrolledToIt(e2e: E2E): Promise<void> {
  const article = await richestArticle(e2e);
  const target = [...article.quotes].sort((a, b) => b.start - a.start)[0];
  assert.ok(target);
  const page = await openArticle(e2e, article, `?quote=${encodeURIComponent(target.id)}`);
  await expectLandedOn(page, target.id);
  // n steps to the next quote in body order, wrapping after the last.
  const ids = await page
    .locator('[data-highlighted-body] mark[data-quote-id]:not([data-continued])')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-quote-id') ?? ''));
  const next = ids[(ids.indexOf(target.id) + 1) % ids.length];
  assert.ok(next);
  await page.keyboard.press('n');
  await expectLandedOn(page, next);
}

/** The reader with its settings panel and a speaker card open, checked by axe. */
async function expectReaderPassesAxe(e2e: E2E, colorScheme: 'light' | 'dark', theme?: string) {
  const article = await richestArticle(e2e);
  const page = await openArticle(e2e, article, '', { colorScheme });
  await page.getByRole('button', { name: 'Reading settings' }).click();
  // The radio itself is visually hidden inside its label: click the label, as a reader would.
  if (theme) await page.locator('label').getByText(theme, { exact: true }).click();
  if (theme) assert.ok(await page.getByRole('radio', { name: theme }).isChecked());
  const named = article.quotes.find((quote) => quote.speaker);
  assert.ok(named);
  await page.locator(`mark[data-quote-id="${named.id}"]`).first().click();
  await page.locator('[data-highlight-card]').waitFor();
  await e2e.expectNoAxeViolations(
    page,
    `the reader (${colorScheme} site, ${theme ?? 'site'} theme)`,
  );
  return page;
}

export async function readerPassesAxeInTheLightTheme(e2e: E2E): Promise<void> {
  await expectReaderPassesAxe(e2e, 'light');
}

export async function readerPassesAxeInTheDarkTheme(e2e: E2E): Promise<void> {
  await expectReaderPassesAxe(e2e, 'dark');
}

export async function readerOwnDarkThemeOverALightSitePassesAxe(e2e: E2E): Promise<void> {
  await expectReaderPassesAxe(e2e, 'light', 'Dark');
}

export async function readerOwnLightThemeOverADarkSitePassesAxe(e2e: E2E): Promise<void> {
  const page = await expectReaderPassesAxe(e2e, 'dark', 'Light');
  // The surface takes the site's light palette (index.css), not the dark one around it.
  const paper = await page
    .locator('[data-reader-theme="light"]')
    .evaluate((surface) => getComputedStyle(surface).backgroundColor);
  assert.equal(paper, 'rgb(247, 244, 238)');
}

export async function readerHighContrastThemePassesAxe(e2e: E2E): Promise<void> {
  await expectReaderPassesAxe(e2e, 'dark', 'High contrast');
}

export async function missingArticleSaysSoWithAWayBack(e2e: E2E): Promise<void> {
  const page = await e2e.open('/articles/no-such-article-anywhere');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /no-such-article-anywhere/);
  await page.getByRole('link', { name: 'Back to the front page' }).click();
  await page.locator('main article').first().waitFor();
}
