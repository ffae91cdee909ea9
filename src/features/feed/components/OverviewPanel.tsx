import { memo, Suspense, useId, useState } from 'react';
import { lazyPart } from '../lazyPart';
import type { FeedOverviewProps } from '../FeedOverview';
import { WIDE_SCREEN } from '../state/useWideScreen';
import { OVERVIEW_HEIGHT } from './overviewHeight';

const FeedOverview = lazyPart(async () => (await import('../FeedOverview')).FeedOverview);

/** Wide screens show the map and chart from the start; phones keep them folded until asked. */
const startsOpen = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(WIDE_SCREEN).matches
    : false;

/**
 * The map of countries and the chart of topics, behind a disclosure button: open on wide
 * screens, folded on phones so the first article is in the first screen. Their code (and the
 * map's shapes) load only once the first cards are shown (`ready`) and the panel is open; until
 * then a placeholder of the same size holds the place, so nothing below moves.
 */
export const OverviewPanel = memo(function OverviewPanel({
  ready,
  ...props
}: FeedOverviewProps & { ready: boolean }) {
  const [open, setOpen] = useState(startsOpen);
  const regionId = useId();
  const placeholder = <OverviewPlaceholder />;
  return (
    <section aria-labelledby={`${regionId}-toggle`} className="border-b border-rule pb-4">
      <h2 className="text-xs font-semibold tracking-[0.14em] uppercase">
        <button
          type="button"
          id={`${regionId}-toggle`}
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen(!open)}
          className="inline-flex items-center gap-2 py-1 uppercase hover:text-accent"
        >
          <span
            aria-hidden="true"
            className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}
          >
            ▸
          </span>
          Map and topics
        </button>
      </h2>
      {open ? (
        <div id={regionId} className="mt-3 grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          {ready ? (
            <Suspense fallback={placeholder}>
              <FeedOverview {...props} />
            </Suspense>
          ) : (
            placeholder
          )}
        </div>
      ) : null}
    </section>
  );
});

/** Holds the overview's place (map and chart) while its chunk arrives, so nothing below moves. */
function OverviewPlaceholder() {
  return (
    <div
      aria-hidden="true"
      className={`${OVERVIEW_HEIGHT} animate-pulse rounded bg-rule/40 md:col-span-2`}
    />
  );
}
