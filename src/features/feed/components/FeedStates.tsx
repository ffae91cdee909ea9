import { pillButton } from '@/components/ui/buttons';
import { RotateCw } from '@/components/icons/RotateCw';
import type { LoadFailure } from '../data/loadFailures';

/** Files that failed (pages, facets, search): the rest keeps working, each can be asked again. */
export function LoadFailures({ failures }: { failures: readonly LoadFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-accent bg-accent-soft p-4 text-sm">
      <p className="font-semibold">
        {failures.length === 1
          ? 'Part of the articles could not be loaded.'
          : `${failures.length} parts of the articles could not be loaded.`}{' '}
        What is shown may be incomplete.
      </p>
      <ul className="mt-2 space-y-2">
        {failures.map((failure) => (
          <li key={failure.key} className="flex flex-wrap items-center gap-3">
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
