import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ArticleListItem } from '@/components/ui/ArticleListItem';
import { EntityTypeIcon, ENTITY_TYPE_LABELS } from '@/components/ui/EntityTypeIcon';
import { formatDate } from '@/lib/format';
import { entityQueries } from '@/lib/queries/entityQueries';
import { countryName } from '@/lib/countryNames';
import { feedPath, entityPath } from '@/lib/paths';
import { textLink } from '@/components/ui/buttons';
import { EntityQuotes } from './EntityQuotes';
import { byDateDescending } from './groupQuotes';

const SECTION_HEADING = 'mb-3 text-xs font-semibold tracking-[0.14em] uppercase';

function times(count: number, one: string, many: string) {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/**
 * A person, organisation or place (`/entities/:id`): what it is, every quote it gave grouped by
 * article, the articles that mention it, and who and what appears with it most.
 */
export function EntityPage() {
  const { id = '' } = useParams();
  const { data: entity } = useSuspenseQuery(entityQueries.detail(id));
  const articles = [...entity.articles].sort(byDateDescending);

  return (
    <div className="grid gap-x-12 gap-y-10 lg:grid-cols-[minmax(0,1fr)_19rem]">
      <title>{`${entity.name} · Broadsheet`}</title>
      <div className="min-w-0">
        <header className="mb-8 border-b border-rule pb-6">
          <p className="mb-2 flex items-center gap-1.5 text-xs font-semibold tracking-[0.14em] text-muted uppercase">
            <EntityTypeIcon type={entity.type} className="size-3.5" />
            {ENTITY_TYPE_LABELS[entity.type]}
          </p>
          <h1 className="font-serif text-4xl leading-tight font-semibold sm:text-5xl">
            {entity.name}
          </h1>
          {entity.role ? <p className="mt-2 text-lg text-muted">{entity.role}</p> : null}
          <dl className="mt-4 space-y-1 text-sm">
            {entity.aliases.length > 0 ? (
              <div className="flex flex-wrap gap-x-2">
                <dt className="text-muted">Also called</dt>
                <dd>{entity.aliases.join(', ')}</dd>
              </div>
            ) : null}
            {entity.countries.length > 0 ? (
              <div className="flex flex-wrap gap-x-2">
                <dt className="text-muted">Countries</dt>
                <dd>
                  {entity.countries.map((code, index) => (
                    <span key={code}>
                      {index > 0 ? ', ' : null}
                      <Link
                        to={feedPath({ country: code })}
                        className="hover:text-accent hover:underline"
                      >
                        {countryName(code)}
                      </Link>
                    </span>
                  ))}
                </dd>
              </div>
            ) : null}
            <div className="flex flex-wrap gap-x-2">
              <dt className="text-muted">In the corpus</dt>
              <dd>
                {times(articles.length, 'article', 'articles')},{' '}
                {times(entity.quotes.length, 'quote', 'quotes')}
              </dd>
            </div>
          </dl>
          {entity.type === 'person' && entity.quotes.length > 0 ? (
            <p className="mt-4 text-sm">
              <Link to={feedPath({ person: entity.id })} className={textLink}>
                Show the articles quoting {entity.name} in the feed
              </Link>
            </p>
          ) : null}
        </header>
        <EntityQuotes entity={entity} />
      </div>
      <div className="min-w-0 space-y-10 text-sm lg:border-l lg:border-rule lg:pl-6">
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading" className={SECTION_HEADING}>
            Articles mentioning {entity.name}
          </h2>
          <ul className="space-y-3">
            {articles.map((article) => (
              <ArticleListItem
                key={article.id}
                id={article.id}
                title={article.title}
                about={`${formatDate(article.published)}${article.mentions > 0 ? ` · ${times(article.mentions, 'mention', 'mentions')}` : ''}`}
              />
            ))}
          </ul>
        </section>
        {entity.related.length > 0 ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading" className={SECTION_HEADING}>
              Often mentioned with
            </h2>
            <ul className="space-y-2">
              {entity.related.slice(0, 12).map((other) => (
                <li key={other.id} className="flex items-center gap-1.5">
                  <EntityTypeIcon type={other.type} className="size-3.5 shrink-0 text-muted" />
                  <span className="sr-only">{ENTITY_TYPE_LABELS[other.type]}: </span>
                  <Link to={entityPath(other.id)} className="hover:text-accent hover:underline">
                    {other.name}
                  </Link>
                  <span className="text-muted">· {times(other.count, 'article', 'articles')}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
