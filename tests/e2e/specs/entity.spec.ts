import assert from 'node:assert/strict';
import { entityFileSchema, manifestSchema, type EntityFile } from '../../../src/core/schema';
import { entityFilePath } from '../../../src/core/corpus/paths';
import type { E2E } from '../harness';

/** People the sample corpus quotes in several articles; any other such person will do too. */
const RECURRING = ['person-ana-ribeiro', 'person-sipho-dlamini', 'person-chiamaka-eze'];

async function entity(e2e: E2E, id: string): Promise<EntityFile | undefined> {
  try {
    return entityFileSchema.parse(await e2e.data(entityFilePath(id)));
  } catch {
    return undefined;
  }
}

/** A person quoted in at least two articles. */
async function recurringSpeaker(e2e: E2E): Promise<EntityFile> {
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  const candidates = [...RECURRING, ...manifest.facets.people.map((person) => person.id)];
  for (const id of candidates) {
    const file = await entity(e2e, id);
    if (file && new Set(file.quotes.map((quote) => quote.articleId)).size >= 2) return file;
  }
  throw new Error('no person is quoted in two articles of the corpus');
}

export async function speakerPageGathersQuotesFromSeveralArticles(e2e: E2E): Promise<void> {
  const speaker = await recurringSpeaker(e2e);
  const firstArticle = speaker.quotes[0]?.articleId;
  assert.ok(firstArticle);

  // Reach the page from the article's who-said-what panel, as a reader would.
  const page = await e2e.open(`/articles/${encodeURIComponent(firstArticle)}`);
  const panel = page.getByRole('complementary', { name: 'Who said what' });
  await panel.getByRole('link', { name: `All quotes by ${speaker.name}` }).click();
  await page.waitForURL(new RegExp(`/entities/${speaker.id}$`));
  await page.getByRole('heading', { level: 1, name: speaker.name }).waitFor();

  const groups = page.locator('section[aria-labelledby="quotes-heading"] li[data-article-id]');
  await groups.first().waitFor();
  const articleIds = await groups.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-article-id')),
  );
  assert.ok(new Set(articleIds).size >= 2, `quotes from ${articleIds.length} article(s)`);
  const quotes = page.locator('section[aria-labelledby="quotes-heading"] blockquote');
  assert.equal(await quotes.count(), speaker.quotes.length);
  await e2e.expectNoAxeViolations(page, `the page of ${speaker.name}`);

  // "Read in context" opens the article scrolled to that quote.
  const second = groups.nth(1);
  const context = second.getByRole('link', { name: /Read in context/ }).first();
  const href = (await context.getAttribute('href')) ?? '';
  const quoteId = new URL(href, e2e.baseUrl).searchParams.get('quote');
  assert.ok(quoteId, `the link names a quote: ${href}`);
  await context.click();
  await page.waitForFunction(
    (id) => document.activeElement?.getAttribute('data-quote-id') === id,
    quoteId,
  );
}

export async function entityPageShowsTypeAliasesCountriesAndCompany(e2e: E2E): Promise<void> {
  const speaker = await recurringSpeaker(e2e);
  const page = await e2e.open(`/entities/${encodeURIComponent(speaker.id)}`, {
    colorScheme: 'dark',
  });
  await page.getByRole('heading', { level: 1, name: speaker.name }).waitFor();
  const text = (await page.locator('main').textContent()) ?? '';
  assert.match(text, /Person/);
  // The sample's recurring speakers are also named by surname alone: an alias to show.
  assert.ok(speaker.aliases.length > 0, `${speaker.id} has no alias to show`);
  for (const alias of speaker.aliases) assert.ok(text.includes(alias), `alias ${alias}`);
  const mentioning = page.getByRole('heading', { name: `Articles mentioning ${speaker.name}` });
  await mentioning.waitFor();
  if (speaker.related[0]) {
    await page.getByRole('link', { name: speaker.related[0].name, exact: true }).first().waitFor();
  }
  await e2e.expectNoAxeViolations(page, `the page of ${speaker.name} (dark)`);
}

export async function unknownEntitySaysSoWithAWayBack(e2e: E2E): Promise<void> {
  const page = await e2e.open('/entities/person-nobody-at-all');
  await page.getByRole('alert').waitFor();
  await page.getByRole('link', { name: 'Back to the front page' }).waitFor();
}
