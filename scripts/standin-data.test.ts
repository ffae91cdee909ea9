import { describe, expect, it } from 'vitest';
import { articleLookupSchema, indexShardSchema, manifestSchema } from '../src/core/schema';
import { articleLookupPath, pagePath } from '../src/core/corpus/paths';
import { standinArticles } from '../tests/fixtures/standin/annotateStandin';
import { buildCorpus } from './standin-data';

describe('stand-in corpus', () => {
  const articles = standinArticles();
  const corpus = buildCorpus(articles, '2026-11-30T00:00:00.000Z');

  it('annotates every quote and mention on the exact text it names', () => {
    for (const article of articles) {
      for (const entity of article.entities) {
        for (const mention of entity.mentions) {
          const text = article.body.slice(mention.start, mention.end);
          expect([entity.name, ...entity.aliases]).toContain(text);
        }
      }
      for (const quote of article.quotes) {
        expect(quote.end).toBeLessThanOrEqual(article.body.length);
        expect(article.body.slice(quote.start, quote.end).trim()).not.toBe('');
      }
    }
  });

  it('keeps the articles between 120 and 250 words', () => {
    for (const article of articles) {
      const words = article.body.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(250);
    }
  });

  it('lists every article in shard 0, newest first, and finds each through its lookup bucket', () => {
    const manifest = manifestSchema.parse(corpus.get('manifest.json'));
    const shardFile = pagePath(manifest.pages, 0);
    const shard = indexShardSchema.parse(corpus.get(shardFile));
    expect(shard.records.map((r) => r.id)).toHaveLength(articles.length);
    const dates = shard.records.map((r) => r.published);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const record of shard.records) {
      const lookup = articleLookupSchema.parse(corpus.get(articleLookupPath(record.id)));
      expect(lookup.files[record.id]).toBe(record.file);
      expect(corpus.has(record.file)).toBe(true);
    }
  });
});
