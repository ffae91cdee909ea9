import { Link } from 'react-router-dom';
import type { IndexRecord } from '@/core/schema';
import { formatDate } from '@/lib/format';

/** One article in the feed: headline linking to the reader, source and date, excerpt. */
export function ArticleCard({ record, sourceName }: { record: IndexRecord; sourceName: string }) {
  const date = formatDate(record.published);
  return (
    <article className="border-b border-rule py-6 first:pt-0">
      <h2 className="font-serif text-2xl leading-snug font-semibold text-balance">
        <Link
          to={`/articles/${encodeURIComponent(record.id)}`}
          className="hover:text-accent hover:underline underline-offset-4"
        >
          {record.title}
        </Link>
      </h2>
      <p className="mt-1 text-xs font-medium tracking-wide text-muted uppercase">
        {sourceName}
        {date ? (
          <>
            {' · '}
            <time dateTime={record.published}>{date}</time>
          </>
        ) : null}
      </p>
      <p className="mt-3 max-w-prose font-serif text-lg leading-relaxed">{record.excerpt}</p>
    </article>
  );
}
