/**
 * The app's paths, built in one place: every link, redirect and route pattern comes from here.
 * Ids are URL-encoded; feed filters use the feed's URL parameters (src/features/feed/model/urlState).
 * Separate functions, not one object, so a chunk carries only the ones it uses; the router's
 * patterns sit in ./routes.ts, all the page frame needs (the front page's first JavaScript has a
 * budget of 130 KB), and are re-exported here.
 */
import { articlePath, encode, feedRoute } from './routes';

export {
  aboutRoute,
  articlePath,
  articleRoute,
  entityRoute,
  feedRoute,
  importedPath,
  importedRoute,
  importRoute,
} from './routes';

export interface FeedLinkFilters {
  country?: string;
  topic?: string;
  person?: string;
}

/** The front page, optionally narrowed to one country, topic or person. */
export function feedPath(filters: FeedLinkFilters = {}): string {
  const query = Object.entries(filters)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encode(value as string)}`)
    .join('&');
  return query ? `/?${query}` : feedRoute;
}

/** A quote inside an article, which the reader scrolls to and highlights. */
export const quotePath = (articleId: string, quoteId: string): string =>
  `${articlePath(articleId)}?quote=${encode(quoteId)}`;

/** A person's, organisation's or place's page. */
export const entityPath = (id: string): string => `/entities/${encode(id)}`;
