import { useState, type Ref } from 'react';
import { Search } from '@/components/icons/Search';
import { noteKeystroke } from '../state/keystrokes';

interface FeedSearchFieldProps {
  /** The search in the URL. */
  value: string;
  /** Called on every keystroke; `replace` is true while the reader keeps typing. */
  onSearch: (q: string, replace: boolean) => void;
  /** For the `/` shortcut. */
  inputRef?: Ref<HTMLInputElement>;
  /** The reader is about to search: a cue to start loading the search index. */
  onFocus?: () => void;
}

/** Keystrokes closer together than this belong to one search (one history entry). */
const TYPING_BURST_MS = 1200;

/**
 * Search as you type over titles, text and speakers. The list follows every keystroke, the URL
 * each pause in typing (useFeedUrlState); a burst of typing makes one history entry. The header's box writes the same `?q=`, and this one follows
 * the URL when it changes from outside (back, forward, the header).
 */
export function FeedSearchField({ value, onSearch, inputRef, onFocus }: FeedSearchFieldProps) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // Adopt the URL's query when it changes from elsewhere (React's "adjust state on prop change").
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft.trim()) setDraft(value);
  }

  return (
    <div className="relative w-full min-w-0 sm:w-auto sm:flex-1">
      <label htmlFor="feed-search" className="sr-only">
        Search titles, text and speakers
      </label>
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted"
      />
      <input
        ref={inputRef}
        id="feed-search"
        type="search"
        autoComplete="off"
        value={draft}
        placeholder="Search titles, text and speakers"
        aria-keyshortcuts="/"
        onFocus={onFocus}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          onSearch(next, noteKeystroke() < TYPING_BURST_MS);
        }}
        className="w-full rounded-md border border-rule bg-surface py-2 pr-3 pl-9 text-base placeholder:text-muted focus:border-accent focus:outline-none"
      />
    </div>
  );
}
