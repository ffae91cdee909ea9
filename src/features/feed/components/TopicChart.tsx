import { useId } from 'react';

interface TopicChartProps {
  /** Topic label and number of articles, for the topics of the current list. */
  bars: readonly { code: string; label: string; count: number }[];
  /** Topic codes in the filter: their bars show as pressed. */
  selected: readonly string[];
  /** Adds or removes a topic from the filter. */
  onToggle: (code: string) => void;
  /** How many bars at most. */
  limit?: number;
}

/**
 * A small horizontal bar chart of articles per topic (numbers printed, bars decoration). Each
 * bar is a toggle button for its topic, like a country on the map.
 */
export function TopicChart({ bars, selected, onToggle, limit = 8 }: TopicChartProps) {
  const titleId = useId();
  const shown = bars
    .filter((bar) => bar.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
  const max = Math.max(1, ...shown.map((bar) => bar.count));
  return (
    <figure className="min-w-0">
      <figcaption id={titleId} className="mb-2 text-xs font-semibold tracking-[0.14em] uppercase">
        Articles per topic
      </figcaption>
      {shown.length === 0 ? (
        <p className="text-sm text-muted italic">No topics in these articles.</p>
      ) : (
        <ul aria-labelledby={titleId} className="space-y-1.5">
          {shown.map((bar) => (
            <li key={bar.code}>
              <button
                type="button"
                aria-pressed={selected.includes(bar.code)}
                aria-label={`${bar.label}, ${bar.count === 1 ? '1 article' : `${bar.count} articles`}`}
                onClick={() => onToggle(bar.code)}
                className="grid w-full grid-cols-[minmax(0,9rem)_1fr_2rem] items-center gap-2 rounded-sm text-left text-sm hover:text-accent aria-pressed:font-semibold"
              >
                <span className="truncate" title={bar.label}>
                  {bar.label}
                </span>
                <span aria-hidden="true" className="h-2.5 rounded-sm bg-rule/60">
                  <span
                    className="block h-full rounded-sm bg-accent"
                    style={{ width: `${(bar.count / max) * 100}%` }}
                  />
                </span>
                <span className="text-right text-muted tabular-nums">{bar.count}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 ? (
        <p className="mt-2 text-xs text-muted">Select a topic to filter.</p>
      ) : null}
    </figure>
  );
}
