import type { Ref } from 'react';
import { Keyboard } from '@/components/icons/Keyboard';
import { SlidersHorizontal } from '@/components/icons/SlidersHorizontal';
import { FEED_SORTS, type FeedSort } from '../model/feedState';
import { FeedSearchField } from './FeedSearchField';

export const SORT_LABELS: Record<FeedSort, string> = {
  newest: 'Newest first',
  quoted: 'Most quoted',
};

interface FeedToolbarProps {
  q: string;
  sort: FeedSort;
  /** Active filters, shown on the drawer's button. */
  filterCount: number;
  searchRef: Ref<HTMLInputElement>;
  onSearchFocus: () => void;
  onSearch: (q: string, replace: boolean) => void;
  onSort: (sort: FeedSort) => void;
  onOpenFilters: () => void;
  onOpenHelp: () => void;
}

const BUTTON =
  'inline-flex items-center gap-1.5 rounded-md border border-rule bg-surface px-3 py-2 text-sm';

/** The one search box of the front page, the sort, and the buttons for the filters and help. */
export function FeedToolbar(props: FeedToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <FeedSearchField
        value={props.q}
        inputRef={props.searchRef}
        onFocus={props.onSearchFocus}
        onSearch={props.onSearch}
      />
      <label className="flex items-center gap-2 text-sm">
        <span className="text-muted">Sort</span>
        <select
          value={props.sort}
          onChange={(event) => props.onSort(event.target.value as FeedSort)}
          className="rounded-md border border-rule bg-surface px-2 py-2"
        >
          {FEED_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onOpenFilters} className={`${BUTTON} lg:hidden`}>
        <SlidersHorizontal aria-hidden="true" className="size-4" />
        Filters{props.filterCount > 0 ? ` (${props.filterCount})` : ''}
      </button>
      <button type="button" onClick={props.onOpenHelp} aria-keyshortcuts="?" className={BUTTON}>
        <Keyboard aria-hidden="true" className="size-4" />
        <span className="sr-only sm:not-sr-only">Keyboard shortcuts</span>
      </button>
    </div>
  );
}
