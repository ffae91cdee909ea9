/**
 * The app's paths, built in one place: every link, redirect and route pattern comes from here.
 * Ids are URL-encoded; feed filters use the feed's URL parameters (src/features/feed/model/urlState).
 */
const encode = encodeURIComponent;

/** Route patterns for the router. */
export const routes = {
  feed: '/',
  article: '/articles/:id',
  entity: '/entities/:id',
  importPage: '/import',
  imported: '/import/:id',
  about: '/about',
} as const;

export interface FeedLinkFilters {
  country?: string;
  topic?: string;
  person?: string;
}

export const paths = {
  /** The front page, optionally narrowed to one country, topic or person. */
  feed(filters: FeedLinkFilters = {}): string {
    const query = Object.entries(filters)
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}=${encode(value as string)}`)
      .join('&');
    return query ? `/?${query}` : routes.feed;
  },
  /** A corpus article (an imported id redirects to `imported`). */
  article: (id: string): string => `/articles/${encode(id)}`,
  /** A quote inside an article, which the reader scrolls to and highlights. */
  quote: (articleId: string, quoteId: string): string =>
    `${paths.article(articleId)}?quote=${encode(quoteId)}`,
  /** A person's, organisation's or place's page. */
  entity: (id: string): string => `/entities/${encode(id)}`,
  importPage: (): string => routes.importPage,
  /** An article the reader imported (kept in this browser). */
  imported: (id: string): string => `/import/${encode(id)}`,
  about: (): string => routes.about,
};
