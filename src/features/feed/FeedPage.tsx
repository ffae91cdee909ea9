import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { manifestQueries } from '@/lib/queries/manifestQueries';
import { shardQueries } from '@/lib/queries/shardQueries';
import { ArticleCard } from './ArticleCard';
import { filterByText } from './simpleSearch';

/** The front page: the newest articles (index shard 0), optionally narrowed by `?q=`. */
export function FeedPage() {
  const { data: manifest } = useSuspenseQuery(manifestQueries.detail());
  const { data: shard } = useSuspenseQuery(shardQueries.detail(0));
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();

  const sourceNames = new Map(manifest.facets.sources.map((source) => [source.id, source.name]));
  const records = filterByText(shard.records, query);

  return (
    <div className="mx-auto max-w-3xl">
      <title>{query ? `“${query}” · Broadsheet` : 'Broadsheet'}</title>
      <h1 className="mb-6 border-b border-ink pb-2 text-sm font-semibold tracking-[0.14em] uppercase">
        {query ? `Results for “${query}”` : 'Latest'}
      </h1>
      {query ? (
        <p className="mb-6 text-sm text-muted" role="status">
          {records.length === 1 ? '1 article' : `${records.length} articles`} ·{' '}
          <Link to="/" className="text-accent underline underline-offset-4">
            Clear search
          </Link>
        </p>
      ) : null}
      {records.length === 0 ? (
        <p className="py-10 font-serif text-lg text-muted italic">
          {query ? 'No articles match this search.' : 'There are no articles yet.'}
        </p>
      ) : (
        <div>
          {records.map((record) => (
            <ArticleCard
              key={record.id}
              record={record}
              sourceName={sourceNames.get(record.source) ?? record.source}
            />
          ))}
        </div>
      )}
    </div>
  );
}
