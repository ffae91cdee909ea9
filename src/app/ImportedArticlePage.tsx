import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ArticleReader } from '@/features/reader/ArticleReader';
import { importedQueries } from '@/lib/imported/queries';
import { importRoute } from '@/lib/paths';
import { textLink } from '@/components/ui/buttons';

/**
 * An imported article (`/import/:id`, ids start with "mine-"), read from IndexedDB and shown in
 * the same reader as the corpus. Composed here because features do not import each other.
 */
export function ImportedArticlePage() {
  const { id = '' } = useParams();
  const { data: article } = useSuspenseQuery(importedQueries.detail(id));
  return (
    <>
      <p className="mb-4 rounded border border-rule bg-surface px-4 py-2 text-sm text-muted">
        An article you imported, kept in this browser only.{' '}
        <Link to={importRoute} className={textLink}>
          ← My articles
        </Link>
      </p>
      {/* A new article is a fresh reader: no card, quote or speaker carried over. */}
      <ArticleReader key={article.id} article={article} imported />
    </>
  );
}
