/**
 * The one record builder: an article's feed record (IndexRecord) and its excerpt, for the ingest
 * (corpus articles) and the import page (articles kept in the browser) alike.
 */
import type { ArticleCountry, ArticleTopic, IndexRecord } from '../schema';

const EXCERPT_LENGTH = 200;

/** A short excerpt of a body: its first paragraph, cut at a word boundary. */
export function excerptOf(body: string, maxLength = EXCERPT_LENGTH): string {
  const first = body.split('\n', 1)[0] ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Keys by count, highest first; ties by key, so the order never depends on reading order. */
export function rankByCount(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key]) => key);
}

/** What a record is built from: an annotated article or the ingest's summary of one. */
export interface RecordSource {
  id: string;
  title: string;
  published: string;
  countries: readonly Pick<ArticleCountry, 'code' | 'role'>[];
  topics: readonly Pick<ArticleTopic, 'code' | 'score'>[];
  quoteCount: number;
  excerpt: string;
}

/** Where the record points: the source id, the quoted people (ranked) and the article's file. */
export interface RecordLinks {
  source: string;
  people: string[];
  file: string;
}

/** The feed record of an article. */
export function indexRecordOf(article: RecordSource, links: RecordLinks): IndexRecord {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: links.source,
    about: article.countries.filter((c) => c.role === 'about').map((c) => c.code),
    mentions: article.countries.filter((c) => c.role === 'mentions').map((c) => c.code),
    topics: [...article.topics].sort((a, b) => b.score - a.score).map((topic) => topic.code),
    people: links.people,
    quoteCount: article.quoteCount,
    excerpt: article.excerpt,
    file: links.file,
  };
}
