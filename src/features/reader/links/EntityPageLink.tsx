import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { entityQueries } from '@/lib/queries/entityQueries';
import { entityPath } from '@/lib/paths';

/**
 * Whether the article's entities are the corpus's own (a corpus article: every entity has a page)
 * or may not be (an imported article: its entity ids follow the corpus's `<type>-<slug>` scheme,
 * so a person the corpus also quotes has a page, anyone else has none).
 */
export const EntityPagesKnownContext = createContext(true);

interface EntityPageLinkProps {
  id: string;
  className?: string;
  children: ReactNode;
}

/** A link to an entity's page; for an imported article, only once the page is known to exist. */
export function EntityPageLink({ id, className, children }: EntityPageLinkProps) {
  const known = useContext(EntityPagesKnownContext);
  if (!known) {
    return (
      <LinkIfInCorpus id={id} className={className}>
        {children}
      </LinkIfInCorpus>
    );
  }
  return (
    <Link to={entityPath(id)} className={className}>
      {children}
    </Link>
  );
}

function LinkIfInCorpus({ id, className, children }: EntityPageLinkProps) {
  const { isSuccess } = useQuery({ ...entityQueries.detail(id), retry: false });
  if (!isSuccess) return null;
  return (
    <Link to={entityPath(id)} className={className}>
      {children}
    </Link>
  );
}
