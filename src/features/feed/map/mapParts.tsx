import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { articles, FILLS, legendFor } from './shading';

export interface CountryMapProps {
  /** Articles per country code under the current filters (zero or absent: none). */
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  countryName: (code: string) => string;
  onToggle: (code: string) => void;
  /** Whether counts include articles that only mention a country. */
  includeMentioned: boolean;
  onIncludeMentioned: (includeMentioned: boolean) => void;
}

/** The props of a country's shape (or tile, or marker): a toggle button when it has articles. */
export function countryButton(
  code: string,
  name: string,
  count: number,
  selected: boolean,
  onToggle: (code: string) => void,
) {
  if (count === 0 && !selected) return { 'aria-hidden': true } as const;
  return {
    role: 'button',
    tabIndex: 0,
    'aria-pressed': selected,
    'aria-label': `${name}, ${articles(count)}`,
    onClick: () => onToggle(code),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      onToggle(code);
    },
    className: 'group cursor-pointer outline-none',
  } as const;
}

/** Swatches for each shading class with the counts they stand for. */
export function MapLegend({ max, marker = false }: { max: number; marker?: boolean }) {
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
        {marker ? (
          <li className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block size-2.5 rounded-full border border-ink"
            />
            small country
          </li>
        ) : null}
      </ul>
      <span>Select a country to filter.</span>
    </div>
  );
}

/** Countries with articles that the map cannot draw, as toggle buttons below it. */
export function OffMapCountries({
  countries,
  selected,
  countryName,
  onToggle,
}: {
  countries: readonly [string, number][];
  selected: ReadonlySet<string>;
  countryName: (code: string) => string;
  onToggle: (code: string) => void;
}) {
  if (countries.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Not on the map:</span>
      {countries.map(([code, count]) => (
        <button
          key={code}
          type="button"
          aria-pressed={selected.has(code)}
          onClick={() => onToggle(code)}
          className="rounded-full border border-rule px-2 py-0.5 aria-pressed:border-ink aria-pressed:font-semibold"
        >
          {countryName(code)} ({count})
        </button>
      ))}
    </p>
  );
}

/** Countries of `counts` with articles (or selected) that `onMap` lacks, most articles first. */
export function offMap(
  counts: ReadonlyMap<string, number>,
  selected: ReadonlySet<string>,
  onMap: (code: string) => boolean,
): [string, number][] {
  return [...counts.entries()]
    .filter(([code, count]) => !onMap(code) && (count > 0 || selected.has(code)))
    .sort((a, b) => b[1] - a[1]);
}

/** Which articles the map counts: those about a country, or also those only mentioning it. */
export function MentionedChoice({
  includeMentioned,
  onChange,
}: {
  includeMentioned: boolean;
  onChange: (includeMentioned: boolean) => void;
}) {
  const name = useId();
  const option = (value: boolean, label: string) => (
    <label className="flex items-center gap-1.5">
      <input
        type="radio"
        name={name}
        checked={includeMentioned === value}
        onChange={() => onChange(value)}
        className="size-3.5 accent-[var(--accent)]"
      />
      {label}
    </label>
  );
  return (
    <fieldset className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
      <legend className="sr-only">Count articles</legend>
      {option(false, 'About the country')}
      {option(true, 'About or mentioning it')}
    </fieldset>
  );
}

/** What a map's drawing and legend share: the selected countries as a set, the largest count. */
export interface MapScale {
  selected: ReadonlySet<string>;
  max: number;
}

export function mapScale({ counts, selected }: CountryMapProps): MapScale {
  return { selected: new Set(selected), max: Math.max(0, ...counts.values()) };
}

/**
 * The frame both maps share: caption, the about/mentioning choice, the drawing (an SVG group
 * named by the caption), the legend, and buttons for the countries the drawing lacks.
 */
export function MapFigure({
  map,
  scale,
  viewBox,
  marker,
  isDrawn,
  children,
}: {
  map: CountryMapProps;
  scale: MapScale;
  viewBox: string;
  /** Whether the legend explains small countries' markers. */
  marker?: boolean;
  /** Whether the drawing has the country (the others get a button below it). */
  isDrawn: (code: string) => boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <figure className="flex h-full min-w-0 flex-col">
      <figcaption id={titleId} className="mb-2 text-xs font-semibold tracking-[0.14em] uppercase">
        Articles {map.includeMentioned ? 'about or mentioning' : 'about'} each country
      </figcaption>
      <MentionedChoice includeMentioned={map.includeMentioned} onChange={map.onIncludeMentioned} />
      <svg
        viewBox={viewBox}
        role="group"
        aria-labelledby={titleId}
        className="block min-h-0 w-full flex-1 select-none"
      >
        {children}
      </svg>
      <MapLegend max={scale.max} marker={marker} />
      <OffMapCountries
        countries={offMap(map.counts, scale.selected, isDrawn)}
        selected={scale.selected}
        countryName={map.countryName}
        onToggle={map.onToggle}
      />
    </figure>
  );
}
