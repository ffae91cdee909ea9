import { memo, useCallback, useEffect, useRef } from 'react';
import { ArticleCard } from '../ArticleCard';
import { useRecordPages } from '../data/useRecordPages';
import { useWindowList } from '../list/useWindowList';
import type { FeedModel, FeedView } from '../model/feedModel';
import type { FeedNames } from '../names';
import { LoadFailures } from './Quiet';

interface ResultListProps {
  model: FeedModel;
  result: FeedView;
  names: FeedNames;
  /** The card j/k moved to (-1: none). */
  activeIndex: number;
  /** Increases each time the active card should be scrolled to and focused. */
  focusRequest: number;
  /** Called once the list has rendered its first cards. */
  onShown?: () => void;
}

/** A first guess at a card's height; cards are measured once rendered. */
const ESTIMATED_CARD_HEIGHT = 230;

/**
 * The results as an ordered list of cards, virtualised against the window's scroll: only the
 * cards near the viewport are in the DOM (each <li> says its position in the whole list), and
 * only their pages of records are fetched, so 100,000 results render as fast as 20. A card
 * whose page is on its way shows as a placeholder of a card's size.
 */
export const ResultList = memo(function ResultList({
  model,
  result,
  names,
  activeIndex,
  focusRequest,
  onShown,
}: ResultListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // A stable key function: a new one would lay out every row again (100k) on each render.
  const docs = result.docs;
  const keyOf = useCallback((position: number) => docs[position] ?? -1 - position, [docs]);
  const { range, layout, measureRow, revealRow } = useWindowList({
    listRef,
    count: result.total,
    keyOf,
    estimate: ESTIMATED_CARD_HEIGHT,
    overscan: 4,
  });

  const failures = useRecordPages(model, docs, range.first, range.last);
  const firstShown = model.record(docs[0] ?? -1) !== undefined;
  useEffect(() => {
    if (firstShown) onShown?.();
  }, [firstShown, onShown]);

  // j/k: bring the active card into view, then focus it once it is rendered.
  useEffect(() => {
    if (focusRequest === 0 || activeIndex < 0) return undefined;
    revealRow(activeIndex);
    let frames = 0;
    let handle = 0;
    const focusCard = () => {
      const card = listRef.current?.querySelector<HTMLElement>(
        `li[data-index="${activeIndex}"] article`,
      );
      // Focus scrolls a card whose measured height differs from the estimate fully into view.
      if (card) card.focus();
      else if (frames++ < 20) handle = requestAnimationFrame(focusCard);
    };
    handle = requestAnimationFrame(focusCard);
    return () => cancelAnimationFrame(handle);
    // Only a new request moves focus, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  return (
    <>
      <LoadFailures failures={failures} />
      <ol
        ref={listRef}
        aria-label="Articles"
        className="relative"
        style={{ height: layout.height }}
      >
        {Array.from({ length: Math.max(0, range.last - range.first + 1) }, (_, offset) => {
          const position = range.first + offset;
          const doc = result.docs[position];
          if (doc === undefined) return null;
          const record = model.record(doc);
          return (
            <li
              key={doc}
              data-index={position}
              data-key={doc}
              ref={measureRow}
              aria-posinset={position + 1}
              aria-setsize={result.total}
              className="absolute top-0 left-0 w-full"
              style={{ transform: `translateY(${layout.top(position)}px)` }}
            >
              {record ? (
                <ArticleCard
                  record={record}
                  names={names}
                  matchedTerms={result.matchedTerms}
                  active={position === activeIndex}
                />
              ) : (
                <CardSkeletons count={1} />
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
});

/** Grey placeholder cards while articles load; hidden from screen readers (a status says it). */
export function CardSkeletons({ count = 3 }: { count?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: count }, (_, position) => (
        <div key={position} className="animate-pulse border-b border-rule py-6">
          <div className="h-3 w-40 rounded bg-rule" />
          <div className="mt-3 h-6 w-4/5 rounded bg-rule" />
          <div className="mt-3 h-4 w-full rounded bg-rule/70" />
          <div className="mt-2 h-4 w-11/12 rounded bg-rule/70" />
          <div className="mt-4 h-3 w-56 rounded bg-rule/70" />
        </div>
      ))}
    </div>
  );
}
