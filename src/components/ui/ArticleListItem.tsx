import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { articlePath } from '@/lib/paths';

interface ArticleListItemProps {
  id: string;
  title: string;
  /** The line under the headline: date, and why the article is listed. */
  about: ReactNode;
  size?: 'base' | 'lg';
}

/** One article in a list of links (related articles, an entity's articles): headline, then a line. */
export function ArticleListItem({ id, title, about, size = 'base' }: ArticleListItemProps) {
  const headline = size === 'lg' ? 'text-lg' : 'text-base';
  return (
    <li>
      <Link
        to={articlePath(id)}
        className={`font-serif ${headline} leading-snug font-semibold hover:text-accent hover:underline`}
      >
        {title}
      </Link>
      <p className="text-sm text-muted">{about}</p>
    </li>
  );
}
