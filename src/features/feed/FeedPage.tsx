import {
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { LazyDialog } from './components/LazyDialog';
import { FacetPanel } from './components/FacetPanel';
import { FeedToolbar, SORT_LABELS } from './components/FeedToolbar';
import { IgnoredParamsNote, LoadFailures } from './components/Quiet';
import { OverviewPanel } from './components/OverviewPanel';
import { CardSkeletons, ResultList } from './components/ResultList';
import type { LoadFailure } from './data/loadFailures';
import { useFeedData } from './data/useFeedData';
import { formatArticleCount } from './names';
import { lazyPart } from './lazyPart';
import type { FacetName, FeedState } from './model/feedState';
import type { FeedView } from './model/feedModel';
import { clearFilters, filterCount, toggleValue } from './state/facetEntries';
import { useFeedUrlState } from './state/useFeedUrlState';
import { useFirstView } from './state/useFirstView';
import { useTrailingCounts } from './state/useTrailingCounts';
import { useWideScreen } from './state/useWideScreen';

// Parts the first cards do not need, each a chunk of its own. The chips of active filters and
// the keyboard shortcuts start loading with the page; the rest when shown.
const ActiveFilters = lazyPart(
  async () => (await import('./components/ActiveFilters')).ActiveFilters,
  { preload: true },
);
const FeedShortcuts = lazyPart(async () => (await import('./state/FeedShortcuts')).FeedShortcuts, {
  preload: true,
});
const EmptyResults = lazyPart(async () => (await import('./components/EmptyResults')).EmptyResults);
const SearchFiles = lazyPart(async () => (await import('./data/SearchFiles')).SearchFiles);
const ShortcutsHelp = lazyPart(
  async () => (await import('./components/ShortcutsHelp')).ShortcutsHelp,
);

function statusText(result: FeedView, state: FeedState): string {
  const q = state.q.trim();
  if (result.pending === 'search') return `Searching for “${q}”…`;
  if (result.pending) return result.pending === 'order' ? 'Sorting…' : 'Applying the filters…';
  const matches = q ? ` match${result.total === 1 ? 'es' : ''} “${q}”` : '';
  return `${formatArticleCount(result.total)}${matches}, ${SORT_LABELS[state.sort].toLowerCase()}`;
}

/** Where the card at `index` of `before` is in `after` (-1: not there, or none was active). */
function positionInNewList(before: FeedView, after: FeedView, index: number): number {
  const doc = index >= 0 ? before.docs[index] : undefined;
  if (doc === undefined) return -1;
  return after.docs[index] === doc ? index : after.docs.indexOf(doc);
}

/**
 * The front page: every article, narrowed by country, topic, person, source and free text.
 * The URL holds the whole state; the model answers each change with the list and every facet
 * count, from the manifest alone for the first screen and from facet files after.
 */
export function FeedPage() {
  const { state, ignored, setState } = useFeedUrlState();
  // Search is loaded once wanted: the URL has a query, or the reader focused the search box.
  const [searchFocused, setSearchFocused] = useState(false);
  const [firstShown, setFirstShown] = useState(false);
  const markShown = useCallback(() => setFirstShown(true), []);
  const firstView = useFirstView(firstShown);
  const { manifest, model, version, names, failures } = useFeedData(state, {
    prefetch: firstView.prefetch,
  });
  const wantSearch = searchFocused || state.q.trim() !== '';
  const [searchFailures, setSearchFailures] = useState<readonly LoadFailure[]>([]);
  // A click or keystroke first paints the controls (a checked box, the typed letter), then the
  // list and counts in a render React may interrupt: the next paint never waits for the query.
  const shown = useDeferredValue(state);
  // The model is mutable: `version` joins the memo's inputs when a file is attached.
  const result = useMemo(
    () => model.query(shown),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, version, shown],
  );
  // The list follows every letter typed; facet counts, map and chart once typing pauses.
  const { counts, trailing } = useTrailingCounts(result, shown);
  const filters = filterCount(state);
  // The map's about/mentioning choice is a control: it shows the requested state at once, the
  // counts the state they are of.
  // It draws the selected countries and topics only: typing leaves it as it is.
  const countries = shown.country.join('\n');
  const topics = shown.topic.join('\n');
  const overviewState = useMemo(
    () => ({ ...shown, includeMentioned: state.includeMentioned }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [countries, topics, state.includeMentioned],
  );
  // The overview and list are memoised: their callbacks stay the same object and read the
  // latest state when called.
  const latest = useRef({ state, setState });
  useLayoutEffect(() => {
    latest.current = { state, setState };
  });
  const toggle = useCallback((facet: FacetName, value: string) => {
    const { state: current, setState: set } = latest.current;
    set(toggleValue(current, facet, value));
  }, []);
  const setMentioned = useCallback((includeMentioned: boolean) => {
    const { state: current, setState: set } = latest.current;
    set({ ...current, includeMentioned });
  }, []);

  const [activeIndex, setActiveIndex] = useState(-1);
  const [focusRequest, setFocusRequest] = useState(0);
  const [shownResult, setShownResult] = useState(result);
  if (shownResult !== result) {
    // A new answer: the active card stays active where it still is in the list (a file that
    // arrived in the background changes the answer, not what the reader chose), else none is.
    setShownResult(result);
    setActiveIndex(positionInNewList(shownResult, result, activeIndex));
  }
  const [helpOpen, setHelpOpen] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const update = (next: FeedState) => setState(next);
  const clearAll = () => setState(clearFilters(state));

  const q = state.q.trim();
  // On a phone the filters are in the drawer: the hidden column is not rendered at all.
  const wide = useWideScreen();
  const facetPanel = (
    <FacetPanel
      counts={counts}
      state={state}
      names={names}
      onToggle={toggle}
      onIncludeMentioned={setMentioned}
    />
  );

  return (
    <div>
      <title>{q ? `“${q}” · Broadsheet` : 'Broadsheet'}</title>
      <h1 className="mb-4 border-b border-ink pb-2 text-sm font-semibold tracking-[0.14em] uppercase sm:mb-6">
        {q ? `Results for “${q}”` : 'Latest'}
      </h1>
      <IgnoredParamsNote ignored={ignored} />
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        {wide ? (
          <aside
            aria-labelledby="feed-filters-heading"
            aria-busy={trailing}
            className="hidden lg:block"
          >
            <h2 id="feed-filters-heading" className="sr-only">
              Filters
            </h2>
            {facetPanel}
          </aside>
        ) : null}
        <div className="min-w-0 space-y-4">
          <FeedToolbar
            q={state.q}
            sort={state.sort}
            filterCount={filters}
            searchRef={searchRef}
            onSearchFocus={() => setSearchFocused(true)}
            onSearch={(text, replace) =>
              // Only the box itself paints at the keystroke; the page follows in a render
              // React may interrupt when the next letter comes.
              startTransition(() => setState({ ...state, q: text }, { replace, whenPaused: true }))
            }
            onSort={(sort) => update({ ...state, sort })}
            onOpenFilters={() => setDrawerOpen(true)}
            onOpenHelp={() => setHelpOpen(true)}
          />
          <Suspense fallback={null}>
            <FeedShortcuts
              model={model}
              result={result}
              activeIndex={activeIndex}
              onActiveIndex={setActiveIndex}
              onFocusRequest={() => setFocusRequest((request) => request + 1)}
              searchRef={searchRef}
              onHelp={() => setHelpOpen(true)}
            />
            <ActiveFilters state={state} names={names} onChange={update} onClearAll={clearAll} />
          </Suspense>
          <OverviewPanel
            ready={firstView.done}
            counts={counts}
            state={overviewState}
            names={names}
            onToggle={toggle}
            onIncludeMentioned={setMentioned}
          />
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {statusText(result, shown)}
          </p>
          <LoadFailures failures={[...failures, ...searchFailures]} />
          {wantSearch ? (
            <Suspense fallback={null}>
              <SearchFiles
                model={model}
                manifest={manifest}
                q={state.q}
                onChange={setSearchFailures}
              />
            </Suspense>
          ) : null}
          {result.pending ? (
            <CardSkeletons />
          ) : result.total === 0 ? (
            <Suspense fallback={null}>
              <EmptyResults
                state={shown}
                names={names}
                totalOf={(next) => model.query(next).total}
                onChange={update}
                onClearAll={clearAll}
                hasFilters={filters > 0}
              />
            </Suspense>
          ) : (
            <ResultList
              model={model}
              result={result}
              names={names}
              activeIndex={activeIndex}
              focusRequest={focusRequest}
              onShown={markShown}
            />
          )}
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
