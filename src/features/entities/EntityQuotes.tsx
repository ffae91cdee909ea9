import { Link } from 'react-router-dom';
import type { EntityFile } from '@/core/schema';
import { formatDate } from '@/lib/format';
import { articlePath } from '@/lib/paths';
import { groupQuotesByArticle, quoteLink } from './groupQuotes';

const KIND_NOTES = { direct: '', mixed: 'Partly quoted', indirect: 'Reported' } as const;

/** Every quote the entity gave, grouped by article, each linking to its place in the article. */
export function EntityQuotes({ entity }: { entity: EntityFile }) {
  const groups = groupQuotesByArticle(entity);
  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" className="mb-4 text-sm font-semibold tracking-[0.14em] uppercase">
        Quotes ({entity.quotes.length}
        {groups.length > 1 ? ` in ${groups.length} articles` : ''})
      </h2>
      {groups.length === 0 ? (
        <p className="font-serif text-lg text-muted italic">No quotes from {entity.name} yet.</p>
      ) : (
        <ol className="space-y-10">
          {groups.map((group) => {
            const date = group.article ? formatDate(group.article.published) : '';
            return (
              <li key={group.articleId} data-article-id={group.articleId}>
                <h3 className="font-serif text-xl leading-snug font-semibold">
                  <Link
                    to={articlePath(group.articleId)}
                    className="hover:text-accent hover:underline"
                  >
                    {group.article?.title ?? group.articleId}
                  </Link>
                </h3>
                {date && group.article ? (
                  <p className="text-sm text-muted">
                    <time dateTime={group.article.published}>{date}</time>
                  </p>
                ) : null}
                <ul className="mt-3 space-y-4">
                  {group.quotes.map((quote) => (
                    <li key={quote.quoteId}>
                      <blockquote className="border-l-2 border-accent pl-4 font-serif text-lg leading-relaxed">
                        {KIND_NOTES[quote.kind] ? (
                          <span className="font-sans text-xs text-muted">
                            {KIND_NOTES[quote.kind]}:{' '}
                          </span>
                        ) : null}
                        {quote.text}
                      </blockquote>
                      <p className="mt-1 pl-4 text-sm">
                        <Link
                          to={quoteLink(group.articleId, quote.quoteId)}
                          className="text-accent underline-offset-2 hover:underline"
                        >
                          Read in context
                          <span className="sr-only">: {group.article?.title ?? 'the article'}</span>
                        </Link>
                      </p>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
