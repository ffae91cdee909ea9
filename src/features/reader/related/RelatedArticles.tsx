import { Link } from 'react-router-dom';
import { ArticleListItem } from '@/components/ui/ArticleListItem';
import { formatDate } from '@/lib/format';
import { articlePath } from '@/lib/paths';
import type { Neighbour } from './feedOrder';
import type { RelatedArticle } from './relatedArticles';

/** Articles sharing people, countries or topics with this one, with the reason for each. */
export function RelatedArticles({ related }: { related: RelatedArticle[] }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t border-rule pt-6">
      <h2 id="related-heading" className="mb-4 text-xs font-semibold tracking-[0.14em] uppercase">
        Related articles
      </h2>
      <ul className="space-y-4">
        {related.map(({ record, reasons }) => (
          <ArticleListItem
            key={record.id}
            id={record.id}
            title={record.title}
            size="lg"
            about={`${formatDate(record.published)}${reasons.length > 0 ? ` · ${reasons.slice(0, 3).join(' · ')}` : ''}`}
          />
        ))}
      </ul>
    </section>
  );
}

interface ArticleNeighboursProps {
  previous: Neighbour | undefined;
  next: Neighbour | undefined;
}

/** Previous and next article in the feed's order (also on the `[` and `]` keys). */
export function ArticleNeighbours({ previous, next }: ArticleNeighboursProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next article" className="mt-10 grid gap-4 text-sm sm:grid-cols-2">
      {previous ? (
        <Link to={articlePath(previous.id)} rel="prev" className="group block">
          <span className="text-muted">← Previous ([)</span>
          <span className="block font-serif text-base font-semibold group-hover:text-accent">
            {previous.title || 'Previous article'}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={articlePath(next.id)} rel="next" className="group block sm:text-right">
          <span className="text-muted">Next (]) →</span>
          <span className="block font-serif text-base font-semibold group-hover:text-accent">
            {next.title || 'Next article'}
          </span>
        </Link>
      ) : null}
    </nav>
  );
}
