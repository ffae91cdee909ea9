/** Helpers for the feed specs (data read from the corpus the e2e stage built). */
import type { Locator, Page } from 'playwright-core';
import { annotatedArticleSchema, indexShardSchema, manifestSchema } from '../../../src/core/schema';
import { tokenize } from '../../../src/core/search/tokenize';
import { pagePaths } from '../../../src/core/corpus/paths';
import type { E2E } from '../harness';

/**
 * A word found in one article's body and in no card (title, excerpt) of any article: searching
 * for it can only succeed through the full-text index the ingest wrote.
 */
export async function wordOnlyInOneBody(e2e: E2E): Promise<{ word: string; title: string }> {
  const manifest = manifestSchema.parse(await e2e.data('manifest.json'));
  const records = (
    await Promise.all(
      pagePaths(manifest.pages).map(async (page) => indexShardSchema.parse(await e2e.data(page))),
    )
  ).flatMap((shard) => shard.records);
  const onCards = new Set(
    records.flatMap((record) => tokenize(`${record.title} ${record.excerpt}`)),
  );
  const bodies = await Promise.all(
    records.map(async (record) => annotatedArticleSchema.parse(await e2e.data(record.file))),
  );
  const articlesWith = new Map<string, Set<number>>();
  bodies.forEach((article, position) => {
    for (const word of tokenize(article.body)) {
      if (word.length < 7 || onCards.has(word) || /\d/.test(word)) continue;
      articlesWith.set(word, (articlesWith.get(word) ?? new Set()).add(position));
    }
  });
  for (const [word, articles] of [...articlesWith].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [only] = [...articles];
    if (articles.size === 1 && only !== undefined) {
      return { word, title: bodies[only]?.title ?? '' };
    }
  }
  throw new Error('no word of the corpus is in exactly one body and on no card');
}

/**
 * Clicks a country's shape where a reader would: on its land. (The middle of its bounding box
 * may be sea: Japan's, for one.) Finds a point inside the fill on a grid over the shape.
 */
export async function clickInside(page: Page, shape: Locator): Promise<void> {
  await shape.scrollIntoViewIfNeeded();
  const point = await shape.evaluate((element) => {
    const path = element as SVGGeometryElement;
    const box = path.getBBox();
    const matrix = path.getScreenCTM();
    for (let step = 8; step <= 64; step *= 2) {
      for (let i = 1; i < step; i++) {
        for (let j = 1; j < step; j++) {
          const inside = new DOMPoint(
            box.x + (box.width * i) / step,
            box.y + (box.height * j) / step,
          );
          if (matrix && path.isPointInFill(inside)) {
            const screen = inside.matrixTransform(matrix);
            return { x: screen.x, y: screen.y };
          }
        }
      }
    }
    return null;
  });
  if (!point) throw new Error('no point inside the shape');
  await page.mouse.click(point.x, point.y);
}
