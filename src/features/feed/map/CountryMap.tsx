import { useId, type KeyboardEvent } from 'react';
import { LEVELS, legendFor, levelOf } from './shading';
import { WORLD_TILES } from './worldTiles';

interface CountryMapProps {
  /** Articles per country code under the current filters (zero or absent: none). */
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  countryName: (code: string) => string;
  onToggle: (code: string) => void;
  /** Whether counts include articles that only mention a country. */
  includeMentioned: boolean;
}

const CELL = 10;
const GAP = 1;
const tileOnMap = new Set(WORLD_TILES.tiles.map((tile) => tile.code));

/** Fill of each class: the accent mixed into the surface, stronger with more articles. */
const FILLS = ['var(--surface)', ...[18, 36, 58, 100].map(mixAccent)];
function mixAccent(percent: number): string {
  return percent === 100
    ? 'var(--accent)'
    : `color-mix(in srgb, var(--accent) ${percent}%, var(--surface))`;
}
/** Label colour per class, chosen for contrast with its fill in both themes. */
const labelFill = (level: number): string =>
  level === LEVELS ? 'var(--paper)' : level === 0 ? 'var(--ink-muted)' : 'var(--ink)';

const articles = (count: number): string => (count === 1 ? '1 article' : `${count} articles`);

/**
 * A tile-grid world map (one square per country, see worldTiles.ts) shaded by the number of
 * articles about each country. Countries with articles, and selected ones, are buttons that
 * toggle the country in the filter; countries in the corpus but not on the grid get buttons
 * below it.
 */
export function CountryMap({
  counts,
  selected,
  countryName,
  onToggle,
  includeMentioned,
}: CountryMapProps) {
  const titleId = useId();
  const selectedSet = new Set(selected);
  const max = Math.max(0, ...counts.values());
  const offGrid = [...counts.entries()]
    .filter(([code, count]) => !tileOnMap.has(code) && (count > 0 || selectedSet.has(code)))
    .sort((a, b) => b[1] - a[1]);
  const width = WORLD_TILES.cols * CELL;
  const height = WORLD_TILES.rows * CELL;
  const onKey = (event: KeyboardEvent, code: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onToggle(code);
  };

  return (
    <figure className="min-w-0">
      <figcaption id={titleId} className="mb-2 text-xs font-semibold tracking-[0.14em] uppercase">
        Articles {includeMentioned ? 'about or mentioning' : 'about'} each country
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={titleId}
        className="block h-auto w-full select-none"
      >
        {WORLD_TILES.tiles.map((tile) => {
          const count = counts.get(tile.code) ?? 0;
          const isSelected = selectedSet.has(tile.code);
          const level = levelOf(count, max);
          const interactive = count > 0 || isSelected;
          const name = countryName(tile.code);
          return (
            <g
              key={tile.code}
              data-country={tile.code}
              transform={`translate(${tile.col * CELL} ${tile.row * CELL})`}
              {...(interactive
                ? {
                    role: 'button',
                    tabIndex: 0,
                    'aria-pressed': isSelected,
                    'aria-label': `${name}, ${articles(count)}`,
                    onClick: () => onToggle(tile.code),
                    onKeyDown: (event: KeyboardEvent) => onKey(event, tile.code),
                    className: 'group cursor-pointer outline-none',
                  }
                : { 'aria-hidden': true })}
            >
              <title>{`${name}: ${articles(count)}`}</title>
              {interactive ? (
                // A ring outside the tile, shown only for keyboard focus (unlike selection).
                <rect
                  x={-0.3}
                  y={-0.3}
                  width={CELL + 0.6}
                  height={CELL + 0.6}
                  rx={1.8}
                  fill="none"
                  stroke="var(--accent)"
                  strokeWidth={0.9}
                  className="opacity-0 group-focus-visible:opacity-100"
                />
              ) : null}
              <rect
                x={GAP / 2}
                y={GAP / 2}
                width={CELL - GAP}
                height={CELL - GAP}
                rx={1.2}
                fill={FILLS[level]}
                stroke={isSelected ? 'var(--ink)' : 'var(--rule)'}
                strokeWidth={isSelected ? 1.4 : 0.4}
                className="group-hover:stroke-[var(--accent)]"
              />
              <text
                x={CELL / 2}
                y={CELL / 2 + 1.3}
                textAnchor="middle"
                fontSize={3.8}
                fontWeight={isSelected ? 700 : 500}
                fill={labelFill(level)}
                className="pointer-events-none"
              >
                {tile.code}
              </text>
            </g>
          );
        })}
      </svg>
      <MapLegend max={max} />
      {offGrid.length > 0 ? (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">Not on the map:</span>
          {offGrid.map(([code, count]) => (
            <button
              key={code}
              type="button"
              aria-pressed={selectedSet.has(code)}
              onClick={() => onToggle(code)}
              className="rounded-full border border-rule px-2 py-0.5 aria-pressed:border-ink aria-pressed:font-semibold"
            >
              {countryName(code)} ({count})
            </button>
          ))}
        </p>
      ) : null}
    </figure>
  );
}

/** Swatches for each shading class with the counts they stand for. */
function MapLegend({ max }: { max: number }) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
      <span>Articles:</span>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {legendFor(max).map((entry) => (
          <li key={entry.level} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm border border-rule"
              style={{ background: FILLS[entry.level] }}
            />
            {entry.label}
          </li>
        ))}
      </ul>
      <span>Select a country to filter.</span>
    </div>
  );
}
