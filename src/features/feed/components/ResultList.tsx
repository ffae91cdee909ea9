import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { ArticleCard } from '../ArticleCard';
import type { FeedIndex, FeedResult } from '../model/feedIndex';
import type { FeedNames } from '../names';

interface ResultListProps {
  index: FeedIndex;
  result: FeedResult;
  names: FeedNames;
  /** The card j/k moved to (-1: none). */
  activeIndex: number;
  /** Increases each time the active card should be scrolled to and focused. */
  focusRequest: number;
}

/** A first guess at a card's height; cards are measured once rendered. */
const ESTIMATED_CARD_HEIGHT = 230;
const estimateSize = () => ESTIMATED_CARD_HEIGHT;

/** Where an element starts in the document, kept up to date as the page above it changes. */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = () => setTop(node.getBoundingClientRect().top + window.scrollY);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

/**
 * The results as an ordered list of cards, virtualised against the window's scroll: only the
 * cards near the viewport are in the DOM (each <li> says its position in the whole list), so
 * 100,000 results render as fast as 20.
 */
export function ResultList({ index, result, names, activeIndex, focusRequest }: ResultListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useDocumentTop(listRef);
  // A stable key function: a new one would make the virtualizer re-measure every row (100k).
  const docs = result.docs;
  const getItemKey = useCallback((position: number) => docs[position] ?? position, [docs]);
  const virtualizer = useWindowVirtualizer({
    count: result.total,
    estimateSize,
    overscan: 4,
    scrollMargin,
    getItemKey,
  });

  // j/k: bring the active card into view, then focus it once it is rendered.
  useEffect(() => {
    if (focusRequest === 0 || activeIndex < 0) return undefined;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    let frames = 0;
    let handle = 0;
    const focusCard = () => {
      const card = listRef.current?.querySelector<HTMLElement>(
        `li[data-index="${activeIndex}"] article`,
      );
      if (card) card.focus({ preventScroll: true });
      else if (frames++ < 20) handle = requestAnimationFrame(focusCard);
    };
    handle = requestAnimationFrame(focusCard);
    return () => cancelAnimationFrame(handle);
    // Only a new request moves focus, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  return (
    <ol
      ref={listRef}
      aria-label="Articles"
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const doc = result.docs[item.index];
        if (doc === undefined) return null;
        const record = index.record(doc);
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={result.total}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <ArticleCard
              record={record}
              names={names}
              matchedTerms={result.matchedTerms}
              active={item.index === activeIndex}
            />
          </li>
        );
      })}
    </ol>
  );
}

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
