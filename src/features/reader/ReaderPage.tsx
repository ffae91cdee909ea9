import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { articleQueries } from '@/lib/queries/articleQueries';
import { formatDate, splitParagraphs } from '@/lib/format';

/** The article in a single readable column, paragraph by paragraph, as plain text. */
export function ReaderPage() {
  const { id = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQueries.detail(id));
  const date = formatDate(article.published);

  return (
    <article className="mx-auto max-w-[68ch]">
      <title>{`${article.title || 'Untitled article'} · Broadsheet`}</title>
      <p className="mb-6 text-sm">
        <Link to="/" className="text-muted hover:text-accent">
          ← All articles
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
        </p>
      </header>
      <div className="space-y-5 font-serif text-[1.1875rem] leading-[1.7]">
        {splitParagraphs(article.body).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
