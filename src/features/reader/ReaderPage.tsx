import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { articleQueries } from '@/lib/queries/articleQueries';
import { ArticleReader, QUOTE_PARAM } from './ArticleReader';

/**
 * The article page (`/articles/:id`). The route's loader has fetched the article; a missing or
 * malformed file is shown by the route's error boundary with a way back.
 */
export function ReaderPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data: article } = useSuspenseQuery(articleQueries.detail(id));
  // A new article, or a link to another of its quotes, is a fresh reader that lands anew.
  const key = `${article.id}#${params.get(QUOTE_PARAM) ?? ''}`;
  return <ArticleReader key={key} article={article} />;
}
