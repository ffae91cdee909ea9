import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { RowHeights } from './rowHeights';
import { RowLayout, scrollToReveal, visibleRows, type RowRange } from './windowLayout';

interface WindowListOptions {
  /** The list element; rows are positioned inside it, the page scrolls. */
  listRef: RefObject<HTMLElement | null>;
  count: number;
  /** A key that follows the row's content (not its position), so heights survive a re-sort. */
  keyOf: (position: number) => number;
  /** A first guess at a row's height; rows are measured once rendered. */
  estimate: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
}

export interface WindowList {
  range: RowRange;
  /** Where each row starts (`layout.top(i)`) and the list's height (`layout.height`). */
  layout: RowLayout;
  /** Ref callback for a rendered row (with `data-key`): measures it now and when it resizes. */
  measureRow: (element: HTMLElement | null) => (() => void) | undefined;
  /** Scrolls the window as little as needed to bring row `position` into view. */
  revealRow: (position: number) => void;
}

interface Viewport {
  scrollY: number;
  height: number;
}

const currentViewport = (): Viewport => ({
  scrollY: typeof window === 'undefined' ? 0 : window.scrollY,
  height: typeof window === 'undefined' ? 0 : window.innerHeight,
});

/** Where an element starts in the document, kept up to date as the page above it changes. */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = () => setTop(node.getBoundingClientRect().top + window.scrollY);
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return undefined;
    }
    // The observer reports once when it starts, then whenever the page above the list changes size.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

/**
 * A list virtualised against the window's scroll: only rows near the viewport are rendered, at
 * offsets summed from measured heights (an estimate until measured). The page keeps its own
 * scrollbar, so keyboard scrolling and scroll restoration behave as on any page. (It replaces
 * @tanstack/react-virtual, which was 10 KB gzip of the front page's JavaScript.)
 */
export function useWindowList({
  listRef,
  count,
  keyOf,
  estimate,
  overscan,
}: WindowListOptions): WindowList {
  const listTop = useDocumentTop(listRef);
  const [heights] = useState(() => new RowHeights());
  useEffect(() => () => heights.dispose(), [heights]);
  const measuredVersion = useSyncExternalStore(heights.subscribe, heights.getVersion, () => 0);
  // Laid out lazily (RowLayout): only as far down as the viewport asks.
  const layout = useMemo(
    () =>
      new RowLayout(
        count,
        heights.size === 0 ? null : (position) => heights.get(keyOf(position)),
        estimate,
      ),
    // A new version means new heights in the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, keyOf, estimate, heights, measuredVersion],
  );

  const rangeAt = useCallback(
    (view: Viewport): RowRange => {
      const viewTop = view.scrollY - listTop;
      return visibleRows(layout, viewTop, viewTop + view.height, overscan);
    },
    [layout, listTop, overscan],
  );
  const [viewport, setViewport] = useState(currentViewport);
  const range = rangeAt(viewport);

  // Scrolling and resizing read the viewport once per frame; React re-renders only when the
  // rows to show change (the update returns the same state otherwise).
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = currentViewport();
      setViewport((current) => {
        const [a, b] = [rangeAt(current), rangeAt(next)];
        return a.first === b.first && a.last === b.last ? current : next;
      });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [rangeAt]);

  const measureRow = useCallback(
    (element: HTMLElement | null) => (element ? heights.observe(element) : undefined),
    [heights],
  );

  const revealRow = useCallback(
    (position: number) => {
      const target = scrollToReveal(layout, position, window.scrollY - listTop, window.innerHeight);
      if (target !== null) window.scrollTo({ top: listTop + target });
    },
    [layout, listTop],
  );

  return { range, layout, measureRow, revealRow };
}
