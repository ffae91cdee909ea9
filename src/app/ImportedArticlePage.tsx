import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { HighlightedBody } from '@/features/reader/highlight/HighlightedBody';
import { formatDate } from '@/lib/format';
import { importedQueries } from '@/lib/imported/queries';

/**
 * An imported article (`/import/:id`, ids start with "mine-"), read from IndexedDB and drawn with
 * the reader's highlighted body. Composed here because features do not import each other.
 */
export function ImportedArticlePage() {
  const { id = '' } = useParams();
  const { data: article } = useSuspenseQuery(importedQueries.detail(id));
  const date = formatDate(article.published);
  return (
    <article className="mx-auto max-w-[68ch]">
      <title>{`${article.title || 'Untitled article'} · My articles · Broadsheet`}</title>
      <p className="mb-6 text-sm">
        <Link to="/import" className="text-muted hover:text-accent">
          ← My articles
        </Link>
      </p>
      <header className="mb-8 border-b border-rule pb-6">
        <h1 className="font-serif text-4xl leading-tight font-semibold text-balance sm:text-5xl">
          {article.title || 'Untitled article'}
        </h1>
        <p className="mt-4 text-sm text-muted">
          {article.byline ? (
            <span className="font-medium text-ink">{article.byline} · </span>
          ) : null}
          {article.source.name}
          {date ? (
            <>
              {' · '}
              <time dateTime={article.published}>{date}</time>
            </>
          ) : null}
          {' · imported, kept in this browser'}
        </p>
      </header>
      <HighlightedBody
        article={article}
        className="space-y-5 font-serif text-[1.1875rem] leading-[1.7]"
      />
    </article>
  );
}
