import { memo } from 'react';
import { Link } from 'react-router-dom';
import { SpeechQuote } from '@/components/icons/SpeechQuote';
import type { IndexRecord } from '@/core/schema';
import { formatDate } from '@/lib/format';
import { articlePath } from '@/lib/routes';
import { MarkedText } from './components/MarkedText';
import type { FeedNames } from './names';

interface ArticleCardProps {
  record: IndexRecord;
  names: FeedNames;
  /** Words the search matched, marked in the title, excerpt and speakers. */
  matchedTerms: ReadonlySet<string> | null;
  /** The card j/k moved to. */
  active?: boolean;
}

const MAX_SPEAKERS = 3;
const MAX_TOPICS = 3;

/** One article in the feed: outlet and date, headline, excerpt, places, topics and speakers. */
export const ArticleCard = memo(function ArticleCard({
  record,
  names,
  matchedTerms,
  active = false,
}: ArticleCardProps) {
  const date = formatDate(record.published);
  const titleId = `card-${record.id}`;
  const speakers = record.people.slice(0, MAX_SPEAKERS);
  const quotes = record.quoteCount === 1 ? '1 quote' : `${record.quoteCount} quotes`;
  return (
    <article
      aria-labelledby={titleId}
      tabIndex={-1}
      data-article-id={record.id}
      data-active={active || undefined}
      className="border-b border-rule py-6 outline-offset-4 data-active:rounded-sm data-active:bg-surface data-active:shadow-[inset_3px_0_0_var(--accent)] data-active:sm:px-4"
    >
      <p className="text-xs font-medium tracking-wide text-muted uppercase">
        {names.source(record.source)}
        {date ? (
          <>
            {' · '}
            <time dateTime={record.published}>{date}</time>
          </>
        ) : null}
        {record.about.length > 0 ? (
          <span className="normal-case">
            {' · '}
            {record.about.map(names.country).join(', ')}
          </span>
        ) : null}
      </p>
      <h2 id={titleId} className="mt-1 font-serif text-2xl leading-snug font-semibold text-balance">
        <Link
          to={articlePath(record.id)}
          className="underline-offset-4 hover:text-accent hover:underline"
        >
          <MarkedText text={record.title} terms={matchedTerms} />
        </Link>
      </h2>
      <p className="mt-2 max-w-prose font-serif text-lg leading-relaxed">
        <MarkedText text={record.excerpt} terms={matchedTerms} />
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
        {record.topics.length > 0 ? (
          <ul aria-label="Topics" className="flex flex-wrap gap-1.5">
            {record.topics.slice(0, MAX_TOPICS).map((code) => (
              <li
                key={code}
                className="rounded-full border border-rule px-2 py-0.5 text-xs text-ink"
              >
                {names.topic(code)}
              </li>
            ))}
          </ul>
        ) : null}
        <span className="inline-flex items-center gap-1">
          <SpeechQuote aria-hidden="true" className="size-4 shrink-0" />
          <span>
            {quotes}
            {speakers.length > 0 ? (
              <>
                {' from '}
                {speakers.map((id, position) => (
                  <span key={id}>
                    {position > 0 ? ', ' : null}
                    <MarkedText text={names.person(id)} terms={matchedTerms} />
                  </span>
                ))}
                {record.people.length > MAX_SPEAKERS
                  ? ` and ${record.people.length - MAX_SPEAKERS} more`
                  : null}
              </>
            ) : null}
          </span>
        </span>
      </div>
    </article>
  );
});
