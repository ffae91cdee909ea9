import { countryButton, MapFigure, mapScale, type CountryMapProps } from './mapParts';
import { articles, FILLS, LEVELS, levelOf } from './shading';
import { WORLD_TILES } from './worldTiles';

const CELL = 10;
const GAP = 1;
const tileOnMap = new Set(WORLD_TILES.tiles.map((tile) => tile.code));

/** Label colour per class, chosen for contrast with its fill in both themes. */
const labelFill = (level: number): string =>
  level === LEVELS ? 'var(--paper)' : level === 0 ? 'var(--ink-muted)' : 'var(--ink)';

/**
 * A tile-grid world map (one square per country, see worldTiles.ts) shaded by the number of
 * articles about each country: the fallback when the map's real shapes cannot be loaded.
 * Countries with articles, and selected ones, are buttons that toggle the country in the
 * filter; countries in the corpus but not on the grid get buttons below it.
 */
export function TileMap(map: CountryMapProps) {
  const { counts, countryName, onToggle } = map;
  const scale = mapScale(map);
  const { max } = scale;
  const width = WORLD_TILES.cols * CELL;
  const height = WORLD_TILES.rows * CELL;

  return (
    <MapFigure
      map={map}
      scale={scale}
      viewBox={`0 0 ${width} ${height}`}
      isDrawn={(code) => tileOnMap.has(code)}
    >
      {WORLD_TILES.tiles.map((tile) => {
        const count = counts.get(tile.code) ?? 0;
        const isSelected = scale.selected.has(tile.code);
        const level = levelOf(count, max);
        const interactive = count > 0 || isSelected;
        const name = countryName(tile.code);
        return (
          <g
            key={tile.code}
            data-country={tile.code}
            transform={`translate(${tile.col * CELL} ${tile.row * CELL})`}
            {...countryButton(tile.code, name, count, isSelected, onToggle)}
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
    </MapFigure>
  );
}
