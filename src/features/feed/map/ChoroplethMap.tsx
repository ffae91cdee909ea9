import { useId } from 'react';
import type { CountryMapProps } from './TileMap';
import { countryButton, MapLegend, MentionedChoice, OffMapCountries, offMap } from './mapParts';
import { FILLS, levelOf } from './shading';
import { MAP_HEIGHT, MAP_WIDTH, type WorldShapes } from './worldShapes';

/** Marker radius of a small country, in map units (the map is MAP_WIDTH wide). */
const MARKER = 5;

/**
 * A choropleth of the world: each country shaded by how many articles of the current list are
 * about it (or also mention it, with the switch), in the classes of the legend. Countries with
 * articles are toggle buttons (Tab to reach them, Enter or Space to filter, a ring shows focus);
 * countries too small to draw get a round marker; countries the map lacks, a button below it.
 */
export function ChoroplethMap({
  shapes,
  counts,
  selected,
  countryName,
  onToggle,
  includeMentioned,
  onIncludeMentioned,
}: CountryMapProps & { shapes: WorldShapes }) {
  const titleId = useId();
  const selectedSet = new Set(selected);
  const max = Math.max(0, ...counts.values());
  const drawn = new Set([
    ...shapes.countries.flatMap((shape) => (shape.code ? [shape.code] : [])),
    ...shapes.markers.map((marker) => marker.code),
  ]);
  const stateOf = (code: string) => {
    const count = counts.get(code) ?? 0;
    const isSelected = selectedSet.has(code);
    return {
      count,
      isSelected,
      level: levelOf(count, max),
      props: countryButton(code, countryName(code), count, isSelected, onToggle),
    };
  };
  // Markers only for small countries with articles (or selected): dots for every micro-state
  // would crowd Europe and the Caribbean with nothing to say.
  const markers = shapes.markers.filter(
    (marker) => (counts.get(marker.code) ?? 0) > 0 || selectedSet.has(marker.code),
  );
  return (
    <figure className="flex h-full min-w-0 flex-col">
      <figcaption id={titleId} className="mb-2 text-xs font-semibold tracking-[0.14em] uppercase">
        Articles {includeMentioned ? 'about or mentioning' : 'about'} each country
      </figcaption>
      <MentionedChoice includeMentioned={includeMentioned} onChange={onIncludeMentioned} />
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby={titleId}
        className="block min-h-0 w-full flex-1 select-none"
      >
        {shapes.countries.map((shape) => {
          if (!shape.code)
            return (
              <path
                key={shape.key}
                d={shape.d}
                fill={FILLS[0]}
                stroke="var(--rule)"
                strokeWidth={0.5}
                aria-hidden="true"
              />
            );
          const { count, isSelected, level, props } = stateOf(shape.code);
          return (
            <path
              key={shape.key}
              d={shape.d}
              data-country={shape.code}
              fill={FILLS[level]}
              stroke={isSelected ? 'var(--ink)' : 'var(--rule)'}
              strokeWidth={isSelected ? 2 : 0.5}
              {...props}
              className={`${props.className ?? ''} hover:stroke-[var(--accent)] focus-visible:stroke-[var(--accent)] focus-visible:[stroke-width:3]`}
            >
              <title>{`${countryName(shape.code)}: ${count === 1 ? '1 article' : `${count} articles`}`}</title>
            </path>
          );
        })}
        {markers.map((marker) => {
          const { count, isSelected, level, props } = stateOf(marker.code);
          return (
            <circle
              key={marker.code}
              data-country={marker.code}
              cx={marker.x}
              cy={marker.y}
              r={MARKER}
              fill={FILLS[level]}
              stroke={isSelected ? 'var(--ink)' : 'var(--ink-muted)'}
              strokeWidth={isSelected ? 2.5 : 1.2}
              {...props}
              className={`${props.className ?? ''} hover:stroke-[var(--accent)] focus-visible:stroke-[var(--accent)] focus-visible:[stroke-width:3]`}
            >
              <title>{`${countryName(marker.code)}: ${count === 1 ? '1 article' : `${count} articles`}`}</title>
            </circle>
          );
        })}
      </svg>
      <MapLegend max={max} marker={markers.length > 0} />
      <OffMapCountries
        countries={offMap(counts, selectedSet, (code) => drawn.has(code))}
        selected={selectedSet}
        countryName={countryName}
        onToggle={onToggle}
      />
    </figure>
  );
}
