import { useId, useMemo, useState, type ReactNode } from 'react';
import type { FacetList } from '../state/facetEntries';
import { formatArticleCount } from '../names';

interface FacetGroupProps {
  title: string;
  /**
   * The values to show: the selected ones, then up to `restLimit(selected)` others whose label
   * `matches` (facetList); a new function when the counts or the selection change.
   */
  list: (
    restLimit: (selected: number) => number,
    matches?: (label: string) => boolean,
  ) => FacetList;
  labelOf: (value: string) => string;
  onToggle: (value: string) => void;
  /** How many values show before "Show all". */
  initiallyShown?: number;
  /** Extra controls under the title (the country facet's "mentioned" switch). */
  children?: ReactNode;
}

/** Beyond this many values, "Show all" offers a box to narrow them by name. */
const FIND_THRESHOLD = 30;
/** At most this many values render at once (a facet can hold thousands of people). */
const RENDER_LIMIT = 200;

/**
 * One facet: a fieldset of real checkboxes, each named by the value's label and described by
 * the number of articles the list would have with it. Values that would give none stay visible
 * but disabled (unless selected, so they can always be removed).
 */
export function FacetGroup({
  title,
  list,
  labelOf,
  onToggle,
  initiallyShown = 8,
  children,
}: FacetGroupProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [find, setFind] = useState('');
  const needle = find.trim().toLocaleLowerCase();
  const { shown, selectedCount, rest, total } = useMemo(
    () =>
      list(
        (selected) => (expanded ? RENDER_LIMIT : Math.max(0, initiallyShown - selected)),
        needle ? (label) => label.toLocaleLowerCase().includes(needle) : undefined,
      ),
    [list, expanded, initiallyShown, needle],
  );
  const limit = shown.length - selectedCount;
  const hidden = total - selectedCount - limit;
  const lower = title.toLowerCase();

  return (
    <fieldset className="border-t border-rule pt-3 pb-5">
      <legend className="float-left mb-2 w-full text-xs font-semibold tracking-[0.14em] uppercase">
        {title}
      </legend>
      {children}
      {expanded && total > FIND_THRESHOLD ? (
        <div className="clear-left mb-2">
          <label htmlFor={`${id}-find`} className="sr-only">
            Find a {lower}
          </label>
          <input
            id={`${id}-find`}
            type="search"
            value={find}
            onChange={(event) => setFind(event.target.value)}
            placeholder={`Find a ${lower}`}
            className="w-full rounded-md border border-rule bg-surface px-2 py-1 text-sm placeholder:text-muted focus:border-accent focus:outline-none"
          />
        </div>
      ) : null}
      {total === 0 ? (
        <p className="clear-left text-sm text-muted italic">None in these articles.</p>
      ) : (
        <ul className="clear-left space-y-0.5">
          {shown.map((entry) => {
            const inputId = `${id}-${entry.value}`;
            const disabled = entry.count === 0 && !entry.selected;
            return (
              <li key={entry.value} className="flex items-start gap-2 text-sm">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={entry.selected}
                  disabled={disabled}
                  aria-describedby={`${inputId}-count`}
                  onChange={() => onToggle(entry.value)}
                  className="mt-0.5 size-4 shrink-0 accent-[var(--accent)] disabled:opacity-60"
                />
                <label
                  htmlFor={inputId}
                  className={`min-w-0 flex-1 leading-snug break-words ${disabled ? 'text-muted' : 'cursor-pointer'}`}
                >
                  {labelOf(entry.value)}
                </label>
                <span id={`${inputId}-count`} className="shrink-0 text-xs text-muted tabular-nums">
                  <span aria-hidden="true">{entry.count}</span>
                  <span className="sr-only">{formatArticleCount(entry.count)}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {expanded && hidden > 0 ? (
        <p className="mt-2 text-xs text-muted">
          {needle ? `${rest} match; ` : ''}showing the first {limit}
          {total > FIND_THRESHOLD ? ': type to narrow.' : '.'}
        </p>
      ) : null}
      {hidden > 0 || expanded ? (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
            setFind('');
          }}
          className="mt-2 text-sm font-medium text-accent underline-offset-4 hover:underline"
        >
          {expanded ? `Show fewer ${lower} values` : `Show all ${total}`}
        </button>
      ) : null}
    </fieldset>
  );
}
