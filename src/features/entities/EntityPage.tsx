import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { EntityTypeIcon, ENTITY_TYPE_LABELS } from '@/components/ui/EntityTypeIcon';
import { entityQueries } from '@/lib/queries/entityQueries';

/** A person, organisation or place: what it is, and everything it was quoted saying. */
export function EntityPage() {
  const { id = '' } = useParams();
  const { data: entity } = useSuspenseQuery(entityQueries.detail(id));
  const titles = new Map(entity.articles.map((article) => [article.id, article.title]));

  return (
    <div className="mx-auto max-w-[68ch]">
      <title>{`${entity.name} · Broadsheet`}</title>
      <header className="mb-8 border-b border-rule pb-6">
        <p className="mb-2 flex items-center gap-1.5 text-xs font-semibold tracking-[0.14em] text-muted uppercase">
          <EntityTypeIcon type={entity.type} className="size-3.5" />
          {ENTITY_TYPE_LABELS[entity.type]}
        </p>
        <h1 className="font-serif text-4xl leading-tight font-semibold">{entity.name}</h1>
        {entity.role ? <p className="mt-2 text-lg text-muted">{entity.role}</p> : null}
      </header>
      <h2 className="mb-4 text-sm font-semibold tracking-[0.14em] uppercase">
        Quotes ({entity.quotes.length})
      </h2>
      {entity.quotes.length === 0 ? (
        <p className="font-serif text-lg text-muted italic">No quotes from {entity.name} yet.</p>
      ) : (
        <ul className="space-y-6">
          {entity.quotes.map((quote) => (
            <li key={`${quote.articleId}/${quote.quoteId}`}>
              <blockquote className="border-l-2 border-accent pl-4 font-serif text-lg leading-relaxed">
                {quote.text}
              </blockquote>
              <p className="mt-1 pl-4 text-sm text-muted">
                <Link
                  to={`/articles/${encodeURIComponent(quote.articleId)}`}
                  className="hover:text-accent hover:underline"
                >
                  {titles.get(quote.articleId) ?? 'Read the article'}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
