import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { manifestSchema } from '../../../src/core/schema';
import type { E2E } from '../harness';
import { clickInside, wordOnlyInOneBody } from './feedHelpers';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The live region's "N articles…" as a number. */
async function resultCount(page: Page): Promise<number> {
  const text =
    (await page
      .getByRole('status')
      .filter({ hasText: /articles?\b/ })
      .textContent()) ?? '';
  const match = /^(\d+) articles?/.exec(text.trim());
  assert.ok(match, `the status says how many articles: "${text}"`);
  return Number(match[1]);
}

/** Waits until the live region reports `count` articles. */
async function waitForCount(page: Page, count: number): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${count} articles?\\b`) })
    .waitFor();
}

async function openFeed(e2e: E2E, path = '/'): Promise<Page> {
  const page = await e2e.open(path, { viewport: { width: 1280, height: 900 } });
  await page.locator('main article').first().waitFor();
  return page;
}

/** The country most articles are about, from the manifest the app reads. */
async function busiestCountry(e2e: E2E): Promise<{ code: string; name: string; about: number }> {
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  const [top] = [...manifest.facets.countries].sort((a, b) => b.about - a.about);
  assert.ok(top && top.about > 0, 'the corpus has articles about some country');
  return { code: top.code, name: regionNames.of(top.code) ?? top.code, about: top.about };
}

export async function choosingACountryAndATopicChangesTheUrlAndTheList(e2e: E2E): Promise<void> {
  const country = await busiestCountry(e2e);
  const page = await openFeed(e2e);
  const total = await resultCount(page);

  await page.getByRole('checkbox', { name: country.name, exact: true }).check();
  await page.waitForURL(new RegExp(`\\?country=${country.code}$`));
  await waitForCount(page, country.about);
  assert.ok(country.about < total, 'the country narrows the list');
  assert.equal((await page.locator('main article').count()) > 0, true);

  // The first topic these articles have that does not keep all of them.
  const topics = page.getByRole('group', { name: 'Topic' }).getByRole('checkbox');
  const labels = await topics.evaluateAll((inputs) =>
    inputs.map((input) => ({
      name: (input as HTMLInputElement).labels?.[0]?.textContent ?? '',
      count: Number(
        document.getElementById(input.getAttribute('aria-describedby') ?? '')?.firstChild
          ?.textContent ?? '0',
      ),
      disabled: (input as HTMLInputElement).disabled,
    })),
  );
  const topic = labels.find((label) => !label.disabled && label.count > 0) ?? labels[0];
  assert.ok(topic, 'the topic facet offers a value');
  await page.getByRole('checkbox', { name: topic.name, exact: true }).check();
  await page.waitForURL(new RegExp(`\\?country=${country.code}&topic=[a-z-]+$`));
  await waitForCount(page, topic.count);
  const chip = page.getByRole('button', { name: `Remove filter Topic: ${topic.name}` });
  await chip.waitFor();

  // Reload: the same view.
  await page.reload();
  await waitForCount(page, topic.count);
  assert.equal(
    await page.getByRole('checkbox', { name: topic.name, exact: true }).isChecked(),
    true,
  );
  assert.equal(
    await page.getByRole('checkbox', { name: country.name, exact: true }).isChecked(),
    true,
  );

  // Back: the country alone; forward: both again.
  await page.goBack();
  await page.waitForURL(new RegExp(`\\?country=${country.code}$`));
  await waitForCount(page, country.about);
  assert.equal(
    await page.getByRole('checkbox', { name: topic.name, exact: true }).isChecked(),
    false,
  );
  await page.goForward();
  await waitForCount(page, topic.count);

  // Clear all: everything back.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await waitForCount(page, total);
  // The URL is written once the click is painted.
  await page.waitForURL((url) => url.search === '');
}

export async function searchNarrowsTheListAndMarksTheWords(e2e: E2E): Promise<void> {
  const page = await openFeed(e2e);
  const total = await resultCount(page);
  const title = (await page.locator('main article h2').first().textContent()) ?? '';
  // The longest word of the first headline: rare enough to narrow the list.
  const word = [...title.matchAll(/\p{L}{4,}/gu)]
    .map((match) => match[0])
    .sort((a, b) => b.length - a.length)[0];
  assert.ok(word, `the first headline has a word: "${title}"`);

  await page.getByRole('searchbox', { name: 'Search titles, text and speakers' }).fill(word);
  await page.waitForURL(new RegExp(`\\?q=${encodeURIComponent(word)}$`));
  await page.locator('main article mark').first().waitFor();
  const narrowed = await resultCount(page);
  assert.ok(narrowed > 0 && narrowed < total, `"${word}" narrows ${total} to ${narrowed}`);
  assert.equal(
    (await page.locator('main article mark').first().textContent())?.toLowerCase(),
    word.toLowerCase(),
  );

  // The front page has one search box; on other pages the header's box leads to it with `?q=`.
  assert.equal(await page.getByRole('searchbox').count(), 1);
  await page.goto('/about');
  const header = page.getByRole('searchbox', { name: 'Search articles' });
  await header.fill('zzzz-no-such-word');
  await header.press('Enter');
  await page.getByText('No articles match this search.').waitFor();
  assert.equal(await page.getByRole('searchbox').count(), 1);
  assert.equal(
    await page.getByRole('searchbox', { name: 'Search titles, text and speakers' }).inputValue(),
    'zzzz-no-such-word',
  );
}

export async function searchFindsWordsInTheArticleTextNotJustTheCards(e2e: E2E): Promise<void> {
  const { word, title } = await wordOnlyInOneBody(e2e);
  const page = await openFeed(e2e, `/?q=${encodeURIComponent(word)}`);
  await waitForCount(page, 1);
  assert.equal(await page.locator('main article h2').first().textContent(), title);
}

export async function clickingACountryOnTheMapFiltersTheList(e2e: E2E): Promise<void> {
  const country = await busiestCountry(e2e);
  const page = await openFeed(e2e);
  const shape = page.locator(`svg [data-country="${country.code}"]`);
  assert.equal(await shape.getAttribute('aria-pressed'), 'false');
  await clickInside(page, shape);
  await page.waitForURL(new RegExp(`\\?country=${country.code}$`));
  await waitForCount(page, country.about);
  assert.equal(await shape.getAttribute('aria-pressed'), 'true');
  assert.equal(
    await page.getByRole('checkbox', { name: country.name, exact: true }).isChecked(),
    true,
  );
  await clickInside(page, shape);
  await page.waitForURL((url) => url.search === '');
}

export async function badParametersAreIgnoredWithAQuietNote(e2e: E2E): Promise<void> {
  const page = await openFeed(e2e, '/?country=ZZZ&topic=no-such-topic&sort=sideways');
  const note = page.getByRole('note');
  await note.waitFor();
  const text = (await note.textContent()) ?? '';
  assert.match(text, /country=ZZZ/);
  assert.match(text, /topic=no-such-topic/);
  assert.match(text, /sort=sideways/);
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  await waitForCount(page, manifest.counts.articles);
}
