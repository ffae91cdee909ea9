import { Suspense } from 'react';
import type { LoadFailure } from '../data/loadFailures';
import { lazyPart } from '../lazyPart';

// Shown only when something went wrong: their code is not part of the first screen's.
const LoadFailuresPart = lazyPart(async () => (await import('./FeedStates')).LoadFailures);
const IgnoredParamsPart = lazyPart(
  async () => (await import('./IgnoredParamsNote')).IgnoredParamsNote,
);

/** Files that failed, with a retry each (nothing, and no code, while none did). */
export function LoadFailures({ failures }: { failures: readonly LoadFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LoadFailuresPart failures={failures} />
    </Suspense>
  );
}

/** URL parameters that did not parse (nothing, and no code, while all did). */
export function IgnoredParamsNote({ ignored }: { ignored: readonly string[] }) {
  if (ignored.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <IgnoredParamsPart ignored={ignored} />
    </Suspense>
  );
}
