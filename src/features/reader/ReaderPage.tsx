import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { articleQueries } from '@/lib/queries/articleQueries';
import { ArticleReader } from './ArticleReader';

/**
 * The article page (`/articles/:id`). The route's loader has fetched the article; a missing or
 * malformed file is shown by the route's error boundary with a way back.
 */
export function ReaderPage() {
  const { id = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQueries.detail(id));
  // A new article is a fresh reader: no card, quote or speaker carried over.
  return <ArticleReader key={article.id} article={article} />;
}
