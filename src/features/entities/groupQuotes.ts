import type { EntityFile } from '@/core/schema';
import { quotePath } from '@/lib/paths';

type EntityArticle = EntityFile['articles'][number];
type EntityQuote = EntityFile['quotes'][number];

export interface ArticleQuotes {
  articleId: string;
  /** The article as the entity file lists it; missing when the file does not list it. */
  article: EntityArticle | undefined;
  quotes: EntityQuote[];
}

// Plain comparison, not localeCompare: its first call loads the browser's collation tables (a
// tenth of a second of a slow phone's first screen). ISO dates sort right by code units, and
// titles only need an order that is the same every time.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; undated articles last; then by title for a stable order. */
export function byDateDescending(a: EntityArticle, b: EntityArticle): number {
  if (a.published !== b.published) {
    if (!a.published) return 1;
    if (!b.published) return -1;
    return byText(b.published, a.published);
  }
  return byText(a.title, b.title);
}

/**
 * The entity's quotes grouped by article, newest article first, quotes in the order the file
 * gives them (the order they appear in the article).
 */
export function groupQuotesByArticle(entity: Pick<EntityFile, 'articles' | 'quotes'>) {
  const articles = new Map(entity.articles.map((article) => [article.id, article]));
  const groups = new Map<string, ArticleQuotes>();
  for (const quote of entity.quotes) {
    let group = groups.get(quote.articleId);
    if (!group) {
      group = { articleId: quote.articleId, article: articles.get(quote.articleId), quotes: [] };
      groups.set(quote.articleId, group);
    }
    group.quotes.push(quote);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.article && b.article) return byDateDescending(a.article, b.article);
    return a.article ? -1 : b.article ? 1 : 0;
  });
}

/** The link that opens an article scrolled to one quote. */
export function quoteLink(articleId: string, quoteId: string): string {
  return quotePath(articleId, quoteId);
}
