import { RotateCw } from '@/components/icons/RotateCw';
import { pillButton } from '@/components/ui/buttons';
import type { FeedSearchStatus } from '../data/feedSearch';
import type { ShardFailure } from '../data/useFeedData';

const articles = (count: number): string => (count === 1 ? '1 article' : `${count} articles`);

/** Index shards that failed: the rest of the feed keeps working, each can be asked for again. */
export function ShardFailures({ failures }: { failures: readonly ShardFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-accent bg-accent-soft p-4 text-sm">
      <p className="font-semibold">
        {failures.length === 1
          ? 'Some articles could not be loaded.'
          : `${failures.length} parts of the article list could not be loaded.`}{' '}
        The list below is incomplete.
      </p>
      <ul className="mt-2 space-y-2">
        {failures.map((failure) => (
          <li key={failure.shard} className="flex flex-wrap items-center gap-3">
            <span className="min-w-0 break-words text-muted">{failure.message}</span>
            <button type="button" onClick={failure.retry} className={pillButton}>
              <RotateCw aria-hidden="true" className="size-3.5" />
              Try again
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Search that could not load: without its code there is no search (an alert with a retry);
 * without the corpus search files only titles, excerpts and speakers are searched (a quiet note).
 */
export function SearchProblems({ status }: { status: FeedSearchStatus }) {
  if (status.codeError) {
    const { message, retry } = status.codeError;
    return (
      <div role="alert" className="rounded-md border border-accent bg-accent-soft p-4 text-sm">
        <p>
          <span className="font-semibold">Search could not be loaded.</span>{' '}
          <span className="break-words text-muted">{message}</span>
        </p>
        <button type="button" onClick={retry} className={`${pillButton} mt-2`}>
          <RotateCw aria-hidden="true" className="size-3.5" />
          Try again
        </button>
      </div>
    );
  }
  if (!status.filesError) return null;
  return (
    <p role="note" className="text-sm text-muted">
      Searching titles, excerpts and speakers only: the full-text index could not be read (
      <span className="break-words">{status.filesError}</span>).
    </p>
  );
}

export { articles as formatArticleCount };
