import assert from 'node:assert/strict';
import { articleLookupSchema, annotatedArticleSchema } from '../../../src/core/schema';
import { articleLookupPath } from '../../../src/core/corpus/paths';
import type { E2E } from '../harness';

/** The first paragraph of an article, read from the corpus the app serves. */
async function firstParagraphOf(e2e: E2E, id: string): Promise<string> {
  const lookup = articleLookupSchema.parse(await e2e.data(articleLookupPath(id)));
  const file = lookup.files[id];
  assert.ok(file, `the lookup has no file for ${id}`);
  const article = annotatedArticleSchema.parse(await e2e.data(file));
  const paragraph = article.body.split(/\n+/).find((p) => p.trim().length > 0);
  assert.ok(paragraph, `${id} has no text`);
  return paragraph.trim();
}

export async function feedOpensAnArticleAndBothPagesPassAxe(e2e: E2E): Promise<void> {
  const page = await e2e.open('/');
  const firstCard = page.locator('main article').first();
  await firstCard.waitFor();
  await e2e.expectNoAxeViolations(page, 'the feed');

  const link = firstCard.getByRole('link').first();
  const title = (await link.textContent())?.trim() ?? '';
  assert.ok(title.length > 0, 'the first card has a headline link');
  await link.click();
  await page.waitForURL(/\/articles\/[^/]+$/);

  // The URL changes before the lazy reader route renders: wait for the article's own headline.
  const heading = page.getByRole('heading', { level: 1, name: title, exact: true });
  await heading.waitFor();
  assert.equal((await heading.textContent())?.trim(), title);

  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  const paragraph = await firstParagraphOf(e2e, id);
  await page.getByText(paragraph, { exact: true }).waitFor();
  await e2e.expectNoAxeViolations(page, 'the article');
}
