import { memo } from 'react';
import { countryButton, MapFigure, mapScale, type CountryMapProps } from './mapParts';
import { articles, FILLS, levelOf } from './shading';
import { MAP_HEIGHT, MAP_WIDTH, type WorldShapes } from './mapShapes';

/** Marker radius of a small country, in map units (the map is MAP_WIDTH wide). */
const MARKER = 5;
const FOCUS =
  'hover:stroke-[var(--accent)] focus-visible:stroke-[var(--accent)] focus-visible:[stroke-width:3]';

interface ShapeProps {
  code: string;
  name: string;
  /** A path, or a marker at (x, y). */
  d?: string;
  x?: number;
  y?: number;
  count: number;
  level: number;
  selected: boolean;
  onToggle: (code: string) => void;
}

/**
 * One country, memoised: a change of filters redraws only the countries whose count or
 * selection changed. With articles it is a toggle button (Tab, Enter or Space; focus shows as
 * an accent outline); without, it is scenery hidden from assistive technology.
 */
const CountryShape = memo(function CountryShape(props: ShapeProps) {
  const { code, name, d, x, y, count, level, selected, onToggle } = props;
  const button = countryButton(code, name, count, selected, onToggle);
  const shared = {
    'data-country': code,
    fill: FILLS[level],
    ...button,
    ...('className' in button ? { className: `${button.className} ${FOCUS}` } : {}),
  };
  const title = <title>{`${name}: ${articles(count)}`}</title>;
  if (d !== undefined)
    return (
      <path
        d={d}
        stroke={selected ? 'var(--ink)' : 'var(--rule)'}
        strokeWidth={selected ? 2 : 0.5}
        {...shared}
      >
        {title}
      </path>
    );
  return (
    <circle
      cx={x}
      cy={y}
      r={MARKER}
      stroke={selected ? 'var(--ink)' : 'var(--ink-muted)'}
      strokeWidth={selected ? 2.5 : 1.2}
      {...shared}
    >
      {title}
    </circle>
  );
});

/**
 * A choropleth of the world: each country shaded by how many articles of the current list are
 * about it (or also mention it, with the choice above the map), in the classes of the legend.
 * Countries with articles are toggle buttons; countries too small to draw get a round marker
 * (when they have articles); countries the map lacks, a button below it.
 */
export function ChoroplethMap({ shapes, ...map }: CountryMapProps & { shapes: WorldShapes }) {
  const { counts, countryName, onToggle } = map;
  const scale = mapScale(map);
  const { selected: selectedSet, max } = scale;
  const drawn = new Set([
    ...shapes.countries.flatMap((shape) => (shape.code ? [shape.code] : [])),
    ...shapes.markers.map((marker) => marker.code),
  ]);
  const shapeProps = (code: string) => {
    const count = counts.get(code) ?? 0;
    return {
      code,
      name: countryName(code),
      count,
      level: levelOf(count, max),
      selected: selectedSet.has(code),
      onToggle,
    };
  };
  // Dots for every micro-state would crowd Europe and the Caribbean with nothing to say.
  const markers = shapes.markers.filter(
    (marker) => (counts.get(marker.code) ?? 0) > 0 || selectedSet.has(marker.code),
  );
  return (
    <MapFigure
      map={map}
      scale={scale}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      marker={markers.length > 0}
      isDrawn={(code) => drawn.has(code)}
    >
      {shapes.countries.map((shape) =>
        shape.code ? (
          <CountryShape key={shape.key} d={shape.d} {...shapeProps(shape.code)} />
        ) : (
          <path
            key={shape.key}
            d={shape.d}
            fill={FILLS[0]}
            stroke="var(--rule)"
            strokeWidth={0.5}
            aria-hidden="true"
          />
        ),
      )}
      {markers.map((marker) => (
        <CountryShape key={marker.code} x={marker.x} y={marker.y} {...shapeProps(marker.code)} />
      ))}
    </MapFigure>
  );
}
