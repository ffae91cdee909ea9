/**
 * The world's countries as SVG paths: Natural Earth's 1:110m shapes (world-atlas, TopoJSON read
 * with topojson-client) in the Equal Earth projection (d3-geo), which keeps areas true so a
 * large country does not look more important than it is. Countries too small for these shapes
 * (Singapore, Malta…) get a point for a marker. Loaded with the map, after the first cards.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { ATLAS_CODES, SMALL_STATES } from './atlasCountries';
import { MAP_HEIGHT, MAP_WIDTH, type WorldShapes } from './mapShapes';

export type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Projects the atlas into a MAP_WIDTH x MAP_HEIGHT box (Antarctica left out: no news there). */
export function projectWorld(atlas: Atlas): WorldShapes {
  const shapes = feature(atlas, atlas.objects.countries).features.filter(
    (shape) => shape.id !== '010',
  );
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'FeatureCollection',
    features: shapes,
  });
  // One decimal is a tenth of a pixel of the box: finer digits only make the paths longer.
  const path = geoPath(projection).digits(1);
  return {
    countries: shapes.map((shape) => {
      const key = shape.id === undefined ? `name:${shape.properties.name}` : String(shape.id);
      return { key, code: ATLAS_CODES[key] ?? null, d: path(shape) ?? '' };
    }),
    markers: Object.entries(SMALL_STATES).flatMap(([code, point]) => {
      const [x, y] = projection(point) ?? [];
      return x === undefined || y === undefined ? [] : [{ code, x, y }];
    }),
  };
}

/** Fetches the atlas (a static asset of the build) and projects it. */
export async function loadWorldShapes(signal?: AbortSignal): Promise<WorldShapes> {
  const response = await fetch(atlasUrl, { signal });
  if (!response.ok) throw new Error(`${atlasUrl}: the server answered ${response.status}`);
  return projectWorld((await response.json()) as Atlas);
}
