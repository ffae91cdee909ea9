import { describe, expect, it } from 'vitest';
import { groupQuotesByArticle, quoteLink } from './groupQuotes';

const article = (id: string, published: string) => ({
  id,
  title: `Title ${id}`,
  published,
  file: `${id}.json`,
  mentions: 1,
});
const quote = (articleId: string, quoteId: string) => ({
  articleId,
  quoteId,
  kind: 'direct' as const,
  text: `"${quoteId} in ${articleId}"`,
});

describe('quotes grouped by article', () => {
  it('groups quotes per article, newest article first, quotes in file order', () => {
    const groups = groupQuotesByArticle({
      articles: [article('old', '2025-02-01'), article('new', '2026-03-04'), article('nodate', '')],
      quotes: [
        quote('old', 'q1'),
        quote('new', 'q2'),
        quote('old', 'q5'),
        quote('nodate', 'q1'),
        quote('new', 'q9'),
        quote('unlisted', 'q3'),
      ],
    });
    expect(groups.map((g) => [g.articleId, g.quotes.map((q) => q.quoteId)])).toEqual([
      ['new', ['q2', 'q9']],
      ['old', ['q1', 'q5']],
      ['nodate', ['q1']],
      ['unlisted', ['q3']],
    ]);
    expect(groups[3]?.article).toBeUndefined();
  });

  it('links to the article scrolled to the quote', () => {
    expect(quoteLink('a b', 'q/1')).toBe('/articles/a%20b?quote=q%2F1');
  });
});
