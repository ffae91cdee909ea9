import { Suspense, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Keyboard } from '@/components/icons/Keyboard';
import { SlidersHorizontal } from '@/components/icons/SlidersHorizontal';
import { paths } from '@/lib/paths';
import { toolButton } from '@/components/ui/buttons';
import { LazyDialog } from './components/LazyDialog';
import { FacetPanel } from './components/FacetPanel';
import { formatArticleCount, SearchProblems, ShardFailures } from './components/FeedStates';
import { IgnoredParamsNote } from './components/IgnoredParamsNote';
import { FeedSearchField } from './components/FeedSearchField';
import { CardSkeletons, ResultList } from './components/ResultList';
import { useFeedData } from './data/useFeedData';
import { lazyPart } from './lazyPart';
import { FEED_SORTS, type FeedSort, type FeedState } from './model/feedState';
import { activeFilters, clearFilters, removalSuggestions } from './state/facetEntries';
import type { FeedShortcutActions } from './state/useFeedShortcuts';
import { useFeedUrlState } from './state/useFeedUrlState';

const SORT_LABELS: Record<FeedSort, string> = { newest: 'Newest first', quoted: 'Most quoted' };

// Parts the first cards do not need, each a chunk of its own. The map and chart, the chips of
// active filters and the keyboard shortcuts start loading with the page; the rest when shown.
const FeedOverview = lazyPart(async () => (await import('./FeedOverview')).FeedOverview, {
  preload: true,
});
const ActiveFilters = lazyPart(
  async () => (await import('./components/ActiveFilters')).ActiveFilters,
  { preload: true },
);
const FeedShortcuts = lazyPart(async () => (await import('./state/FeedShortcuts')).FeedShortcuts, {
  preload: true,
});
const EmptyResults = lazyPart(async () => (await import('./components/EmptyResults')).EmptyResults);
const ShortcutsHelp = lazyPart(
  async () => (await import('./components/ShortcutsHelp')).ShortcutsHelp,
);

/**
 * The front page: every article, narrowed by country, topic, person, source and free text.
 * The URL holds the whole state; the in-memory FeedIndex answers each change with the list and
 * every facet count.
 */
export function FeedPage() {
  const { state, ignored, setState } = useFeedUrlState();
  // Search is loaded once wanted: the URL has a query, or the reader focused the search box.
  const [searchFocused, setSearchFocused] = useState(false);
  const { index, size, names, loadingShards, failures, search } = useFeedData({
    wantSearch: searchFocused || state.q.trim() !== '',
  });
  const navigate = useNavigate();
  // `size` changes as shards arrive and `search.ready` once search is attached: the index is
  // mutable, so both join the memo's inputs.
  const result = useMemo(
    () => index.query(state),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, size, search.ready, state],
  );
  const filters = activeFilters(state, names);
  const suggestions =
    result.total === 0 && filters.length > 0 ? removalSuggestions(index, state, names) : [];

  const [activeIndex, setActiveIndex] = useState(-1);
  const [focusRequest, setFocusRequest] = useState(0);
  const [shownResult, setShownResult] = useState(result);
  if (shownResult !== result) {
    // A new list: no card is active any more.
    setShownResult(result);
    setActiveIndex(-1);
  }
  const [helpOpen, setHelpOpen] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const update = (next: FeedState) => setState(next);
  const clearAll = () => setState(clearFilters(state));
  const move = (step: number) => {
    if (result.total === 0) return;
    setActiveIndex(Math.min(result.total - 1, Math.max(0, activeIndex + step)));
    setFocusRequest((request) => request + 1);
  };
  const shortcutActions: FeedShortcutActions = {
    next: () => move(1),
    previous: () => move(activeIndex < 0 ? 1 : -1),
    open: (focusedId) => {
      const doc = activeIndex >= 0 ? result.docs[activeIndex] : undefined;
      const id = doc === undefined ? focusedId : index.record(doc).id;
      if (id) navigate(paths.article(id));
    },
    focusSearch: () => searchRef.current?.focus(),
    showHelp: () => setHelpOpen(true),
  };

  const loading = (loadingShards > 0 && size === 0) || result.searchPending;
  const q = state.q.trim();
  const statusText = result.searchPending
    ? `Searching for “${q}”…`
    : loading
      ? 'Loading articles…'
      : `${formatArticleCount(result.total)}${q ? ` match${result.total === 1 ? 'es' : ''} “${q}”` : ''}${
          loadingShards > 0 ? ' so far (still loading)' : ''
        }, ${SORT_LABELS[state.sort].toLowerCase()}`;
  const facetPanel = (
    <FacetPanel index={index} result={result} state={state} names={names} onChange={update} />
  );

  return (
    <div>
      <title>{q ? `“${q}” · Broadsheet` : 'Broadsheet'}</title>
      <h1 className="mb-6 border-b border-ink pb-2 text-sm font-semibold tracking-[0.14em] uppercase">
        {q ? `Results for “${q}”` : 'Latest'}
      </h1>
      <IgnoredParamsNote ignored={ignored} />
      <div className="mt-4 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-labelledby="feed-filters-heading" className="hidden lg:block">
          <h2 id="feed-filters-heading" className="sr-only">
            Filters
          </h2>
          {facetPanel}
        </aside>
        <div className="min-w-0 space-y-5">
          <section
            aria-label="Overview"
            className="grid gap-6 border-b border-rule pb-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
          >
            <Suspense fallback={<OverviewPlaceholder />}>
              <FeedOverview
                index={index}
                result={result}
                state={state}
                names={names}
                onChange={update}
              />
            </Suspense>
          </section>
          <div className="flex flex-wrap items-center gap-2">
            <FeedSearchField
              value={state.q}
              inputRef={searchRef}
              onFocus={() => setSearchFocused(true)}
              onSearch={(text, replace) =>
                setState({ ...state, q: text }, { replace, immediate: false })
              }
            />
            <label className="flex items-center gap-2 text-sm">
              <span className="text-muted">Sort</span>
              <select
                value={state.sort}
                onChange={(event) => update({ ...state, sort: event.target.value as FeedSort })}
                className="rounded-md border border-rule bg-surface px-2 py-2"
              >
                {FEED_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => setDrawerOpen(true)}
              className={`${toolButton} lg:hidden`}
            >
              <SlidersHorizontal aria-hidden="true" className="size-4" />
              Filters{filters.length > 0 ? ` (${filters.length})` : ''}
            </button>
            <button
              type="button"
              onClick={() => setHelpOpen(true)}
              aria-keyshortcuts="?"
              className={toolButton}
            >
              <Keyboard aria-hidden="true" className="size-4" />
              <span className="sr-only sm:not-sr-only">Keyboard shortcuts</span>
            </button>
          </div>
          <Suspense fallback={null}>
            <FeedShortcuts actions={shortcutActions} />
            <ActiveFilters
              filters={filters}
              state={state}
              onChange={update}
              onClearAll={clearAll}
            />
          </Suspense>
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {statusText}
          </p>
          <ShardFailures failures={failures} />
          <SearchProblems status={search} />
          {loading ? (
            <CardSkeletons />
          ) : result.total === 0 ? (
            <Suspense fallback={null}>
              <EmptyResults
                state={state}
                suggestions={suggestions}
                onChange={update}
                onClearAll={clearAll}
                hasFilters={filters.length > 0}
              />
            </Suspense>
          ) : (
            <ResultList
              index={index}
              result={result}
              names={names}
              activeIndex={activeIndex}
              focusRequest={focusRequest}
            />
          )}
          {!loading && loadingShards > 0 ? <CardSkeletons count={1} /> : null}
        </div>
      </div>
      <LazyDialog
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        title="Filters"
        variant="drawer"
      >
        {facetPanel}
        <button
          type="button"
          onClick={() => setDrawerOpen(false)}
          className="mt-2 w-full rounded-md bg-ink px-4 py-2 font-medium text-paper"
        >
          Show {formatArticleCount(result.total)}
        </button>
      </LazyDialog>
      <LazyDialog open={helpOpen} onClose={() => setHelpOpen(false)} title="Keyboard shortcuts">
        <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
          <ShortcutsHelp />
        </Suspense>
      </LazyDialog>
    </div>
  );
}

/** Holds the overview's place while its chunk arrives, so the list below does not jump. */
function OverviewPlaceholder() {
  return (
    <div aria-hidden="true" className="contents">
      <div className="aspect-[33/21] animate-pulse rounded bg-rule/40" />
      <div className="min-h-40 animate-pulse rounded bg-rule/40" />
    </div>
  );
}
